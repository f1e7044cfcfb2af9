using System.Collections.Frozen;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Actors;

/// <summary>An alias of a catalogued actor; NeedsCue for aliases that are also ordinary words («العربية»).</summary>
internal readonly record struct AliasEntry(Actor Actor, bool NeedsCue);

/// <summary>
/// The actor catalogue: data/actors/actors.tsv (one row per actor) and aliases.tsv (other names), loaded once.
/// Every alias, the Arabic and English names included, goes into one phrase trie keyed by matching forms.
/// </summary>
public sealed class ActorCatalogue
{
    private readonly FrozenDictionary<string, Actor> _byId;

    private ActorCatalogue(FrozenDictionary<string, Actor> byId, PhraseMatcher<AliasEntry> aliases)
    {
        _byId = byId;
        Aliases = aliases;
    }

    public static ActorCatalogue Default { get; } = Load();

    public IEnumerable<Actor> Actors => _byId.Values;

    public int AliasCount => Aliases.Count;

    internal PhraseMatcher<AliasEntry> Aliases { get; }

    public Actor? Get(string? id) => id is not null && _byId.TryGetValue(id, out var actor) ? actor : null;

    public static ActorCatalogue Load() =>
        Load(Lexicon.Rows("data/actors/actors.tsv"), Lexicon.Rows("data/actors/aliases.tsv"));

    internal static ActorCatalogue Load(IEnumerable<LexiconRow> actorRows, IEnumerable<LexiconRow> aliasRows)
    {
        var byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var row in actorRows)
        {
            if (row.Length < 8)
                throw new FormatException($"actors.tsv: row '{string.Join(' ', row)}' needs 8 columns");
            var actor = new Actor(
                row[0].Trim(),
                ActorKinds.Parse(row[1]),
                NullIfEmpty(row[2]),
                NullIfEmpty(row[3]),
                NullIfEmpty(row[4]),
                row[5].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => MatchingForm.Of(a)).ToList(),
                row[6].Trim(),
                row[7].Trim());
            if (!byId.TryAdd(actor.Id, actor))
                throw new FormatException($"actors.tsv: duplicate id '{actor.Id}'");
        }

        var aliases = new List<(IReadOnlyList<string>, AliasEntry)>();
        // Listed aliases first: a name shared by two actors keeps the reading a curator wrote down.
        foreach (var row in aliasRows)
        {
            if (row.Length < 2 || !byId.TryGetValue(row[1].Trim(), out var actor))
                throw row.Error("does not name a catalogued actor");
            aliases.AddRange(WithKunyaVariants(row[0], new AliasEntry(actor, row.Length > 2 && row[2].Trim() == "cue")));
        }
        foreach (var actor in byId.Values)
        {
            aliases.AddRange(WithKunyaVariants(actor.Arabic, new AliasEntry(actor, false)));
            aliases.AddRange(WithKunyaVariants(actor.English, new AliasEntry(actor, false)));
        }
        return new ActorCatalogue(byId.ToFrozenDictionary(StringComparer.Ordinal), Lexicons.PhrasesOfForms(aliases));
    }

    /// <summary>«أبو بكر» is also written «أبا بكر» and «أبي بكر» (the kunya inflects for case): all three.</summary>
    private static IEnumerable<(IReadOnlyList<string>, AliasEntry)> WithKunyaVariants(string phrase, AliasEntry entry) =>
        Kunya.Variants([.. Tokenizer.FormsOf(phrase)]).Select(variant => ((IReadOnlyList<string>)variant, entry));

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
