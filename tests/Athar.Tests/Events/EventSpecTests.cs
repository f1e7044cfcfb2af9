using Athar.Events;
using Athar.Events.Rules;

namespace Athar.Tests.Events;

/// <summary>
/// The event specs (Events/Specs/*.jsonl) hold with the rule table as it is; and every rule is needed: each rule id
/// is named by a spec, and switching the rule off makes at least one of the specs naming it fail. A rule no spec
/// needs is untested, whatever the rest of the suite says.
/// </summary>
public class EventSpecTests
{
    // Upstream layers are the same whatever the event rules: each spec's text is analysed once, the events stage re-run per rule book.
    private static readonly Dictionary<EventSpec, Document> Analysed = EventSpec.All.ToDictionary(s => s, s => EventTestKit.Analyze(s.Text, s.Published));

    public static TheoryData<string> Specs() => [.. EventSpec.All.Select(s => s.ToString())];

    public static TheoryData<string> RuleIds() => [.. RuleBook.Default.All.Select(r => r.Id).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Specs))]
    public void Each_spec_holds(string spec)
    {
        var s = EventSpec.All.Single(x => x.ToString() == spec);
        Assert.All(s.Rules, id => RuleBook.Default.Get(id));
        Assert.Null(s.Mismatch(Run(s, RuleBook.Default)));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_is_needed_by_a_spec(string id)
    {
        var specs = EventSpec.All.Where(s => s.Rules.Contains(id)).ToList();
        Assert.True(specs.Count > 0, $"no spec names rule '{id}'");
        var without = RuleBook.Default.Without(id);
        Assert.True(specs.Any(s => s.Mismatch(Run(s, without)) is not null), $"switching '{id}' off breaks none of its specs: {string.Join(", ", specs)}");
    }

    private static IReadOnlyList<EventRecord> Run(EventSpec spec, RuleBook rules)
    {
        var document = Analysed[spec];
        new EventStage(EventLexicon.Default, rules).Annotate(document);
        return document.Layer<EventRecord>();
    }
}
