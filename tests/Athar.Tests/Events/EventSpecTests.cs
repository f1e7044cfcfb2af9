using Athar.Events;
using Athar.Events.Rules;
using Athar.Events.SameIncident;

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

    private static readonly Dictionary<EventSpec, Document> Others = EventSpec.All.Where(s => s.Other is not null)
        .ToDictionary(s => s, s => EventTestKit.Analyze(s.Other!.Value.Text, s.Other.Value.Published));

    public static TheoryData<string> Specs() => [.. EventSpec.All.Select(s => s.ToString())];

    public static TheoryData<string> RuleIds() => [.. RuleBook.Default.All.Select(r => r.Id).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Specs))]
    public void Each_spec_holds(string spec)
    {
        var s = EventSpec.All.Single(x => x.ToString() == spec);
        Assert.All(s.Rules, id => RuleBook.Default.Get(id));
        Assert.Null(Check(s, RuleBook.Default));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_is_needed_by_a_spec(string id)
    {
        var specs = EventSpec.All.Where(s => s.Rules.Contains(id)).ToList();
        Assert.True(specs.Count > 0, $"no spec names rule '{id}'");
        var without = RuleBook.Default.Without(id);
        Assert.True(specs.Any(s => Check(s, without) is not null), $"switching '{id}' off breaks none of its specs: {string.Join(", ", specs)}");
    }

    // An events spec checks the events; a fusion spec also asks the across-articles policy about the two articles' events
    private static string? Check(EventSpec spec, RuleBook rules)
    {
        var mine = Run(Analysed[spec], rules);
        if (spec.Mismatch(mine) is { } why)
            return why;
        return spec.Other is null ? null : spec.FusionMismatch(mine, Run(Others[spec], rules), new AcrossArticlesPolicy(rules));
    }

    private static IReadOnlyList<EventRecord> Run(Document document, RuleBook rules)
    {
        new EventStage(EventLexicon.Default, rules).Annotate(document);
        return document.Layer<EventRecord>();
    }
}
