using System.Collections.Frozen;
using System.Globalization;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Events.Rules;

/// <summary>
/// The events stage's rules and their numbers, read from Events/Rules/rules.tsv. Code asks by id: whether a rule
/// is on (<see cref="On"/>) and its number (<see cref="Value"/>). An id missing from the table is an error, so code
/// and table cannot drift apart. A book can switch rules off (<see cref="Without"/>): the specs use that to show
/// every rule is needed, and an experiment can compare the stage with and without a rule.
/// </summary>
public sealed class RuleBook
{
    private readonly FrozenDictionary<string, Rule> _rules;
    private readonly FrozenSet<string> _off;

    public RuleBook(IEnumerable<Rule> rules, IEnumerable<string>? off = null)
    {
        var map = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!map.TryAdd(rule.Id, rule))
                throw new InvalidDataException($"rule '{rule.Id}' is defined twice");
        }
        _rules = map.ToFrozenDictionary(StringComparer.Ordinal);
        _off = (off ?? []).ToFrozenSet(StringComparer.Ordinal);
        foreach (var id in _off)
            Get(id);
    }

    public static RuleBook Default { get; } = new(Parse(Lexicon.Rows("Events/Rules/rules.tsv")));

    public IReadOnlyCollection<Rule> All => _rules.Values;

    /// <summary>True unless the rule was switched off.</summary>
    public bool On(string id)
    {
        Get(id);
        return !_off.Contains(id);
    }

    /// <summary>The rule's number (a rule without one is an error).</summary>
    public double Value(string id) =>
        Get(id).Value ?? throw new InvalidOperationException($"rule '{id}' has no number in rules.tsv");

    /// <summary>A decision made by a rule, or null when the rule is switched off.</summary>
    public Decision<T>? By<T>(string id, T value, double score = 1) => On(id) ? new Decision<T>(value, score, id) : null;

    /// <summary>The rule's number, or <paramref name="whenOff"/> when the rule is switched off (a limit that no longer holds).</summary>
    public double Value(string id, double whenOff) => On(id) ? Value(id) : whenOff;

    /// <summary>The same rules with some switched off.</summary>
    public RuleBook Without(params string[] ids) => new(_rules.Values, _off.Concat(ids));

    public Rule Get(string id) =>
        _rules.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"rule '{id}' is not in Events/Rules/rules.tsv");

    /// <summary>Rows: id, value ("-" when none), unit, example, description.</summary>
    public static IEnumerable<Rule> Parse(IEnumerable<LexiconRow> rows)
    {
        foreach (var r in rows)
        {
            if (r.Length < 5)
                throw new InvalidDataException($"rules.tsv: rule '{r[0]}' needs 5 columns (id, value, unit, example, description), has {r.Length}");
            double? value = r[1] == "-" ? null : double.Parse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture);
            yield return new Rule(r[0], value, r[2], r[3], r[4]);
        }
    }
}
