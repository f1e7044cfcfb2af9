using System.Collections.Frozen;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Actors;

/// <summary>Loading helpers for the stage's word lists (src/Athar/Actors/*.tsv).</summary>
internal static class Lexicons
{
    public static IEnumerable<LexiconRow> Rows(string file, params int[] keyedToo) => Lexicon.Rows("Actors/" + file, keyedToo);

    /// <summary>The first column of a file as a set of matching forms.</summary>
    public static FrozenSet<string> FormSet(string file) =>
        Rows(file).Select(r => MatchingForm.Of(r[0].Trim())).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A phrase matcher as the actor finders read names: quotes and «#» may stand between the words.</summary>
    public static PhraseMatcher<T> Phrases<T>(IEnumerable<(string Phrase, T Value)> phrases) => new(phrases, NameReading);

    public static PhraseMatcher<T> PhrasesOfForms<T>(IEnumerable<(IReadOnlyList<string> Forms, T Value)> phrases) => new(phrases, NameReading);

    private static readonly PhraseOptions NameReading = new() { Skip = Punct.Quote | Punct.Hash };

    public static string Column(LexiconRow row, int i) => i < row.Length ? row[i].Trim() : string.Empty;
}

/// <summary>What a generic agent noun is: «القوات الأمنية» → security, shown as "security forces" when no country is known.</summary>
internal sealed record AgentWord(string Class, string English, bool Bare);

/// <summary>A country word: an adjective («التركية») or a name («تركيا»).</summary>
internal sealed record CountryWord(string Country, bool IsAdjective);

/// <summary>Generic agents (agents.tsv), country words (countries.tsv) and the state actor each pair names (state-agents.tsv).</summary>
internal sealed class AgentLexicon
{
    private readonly FrozenDictionary<string, string> _stateActors;
    private readonly FrozenDictionary<string, string> _classOfActor;

    private AgentLexicon(PhraseMatcher<AgentWord> agents, PhraseMatcher<CountryWord> countries, FrozenDictionary<string, string> stateActors)
    {
        Agents = agents;
        Countries = countries;
        _stateActors = stateActors;
        _classOfActor = stateActors.Where(kv => !kv.Key.EndsWith("/*", StringComparison.Ordinal))
            .GroupBy(kv => kv.Value, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Key[(g.First().Key.IndexOf('/', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);
    }

    public static AgentLexicon Default { get; } = Load();

    public PhraseMatcher<AgentWord> Agents { get; }

    public PhraseMatcher<CountryWord> Countries { get; }

    /// <summary>The catalogue id for an agent class in a country: (TR, security) → turkey_security_forces.</summary>
    public string? StateActor(string country, string agentClass) =>
        _stateActors.TryGetValue(country + "/" + agentClass, out var id) || _stateActors.TryGetValue(country + "/*", out id) ? id : null;

    /// <summary>The agent class a state actor stands for (turkey_police → police), for «the last police mentioned».</summary>
    public string? ClassOf(string actorId) => _classOfActor.GetValueOrDefault(actorId);

    private static AgentLexicon Load()
    {
        var agents = Lexicons.Phrases(Lexicons.Rows("agents.tsv").Select(row =>
            (row.Key, new AgentWord(Lexicons.Column(row, 1), Lexicons.Column(row, 2), Lexicons.Column(row, 3) == "yes"))));
        var countries = Lexicons.Phrases(Lexicons.Rows("countries.tsv").Select(row =>
            (row.Key, new CountryWord(Lexicons.Column(row, 1), Lexicons.Column(row, 2) == "adjective"))));
        var state = Lexicons.Rows("state-agents.tsv", 1).ToFrozenDictionary(
            r => Lexicons.Column(r, 0) + "/" + Lexicons.Column(r, 1), r => Lexicons.Column(r, 2), StringComparer.Ordinal);
        return new AgentLexicon(agents, countries, state);
    }
}

/// <summary>Words around catalogued names: head nouns that join a group's name (heads.tsv) and media cue words (media-cues.tsv).</summary>
internal sealed class AliasContext
{
    private AliasContext(FrozenDictionary<string, ActorKind[]> heads, FrozenSet<string> mediaCues)
    {
        Heads = heads;
        MediaCues = mediaCues;
    }

    public static AliasContext Default { get; } = Load();

    public FrozenDictionary<string, ActorKind[]> Heads { get; }

    public FrozenSet<string> MediaCues { get; }

    private static AliasContext Load() => new(
        Lexicons.Rows("heads.tsv").ToFrozenDictionary(
            r => MatchingForm.Of(r[0].Trim()),
            r => Lexicons.Column(r, 1).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(ActorKinds.Parse).ToArray(),
            StringComparer.Ordinal),
        Lexicons.FormSet("media-cues.tsv"));
}

/// <summary>An anaphor («التنظيم», «الوزير»): how far back its antecedent may be, and for persons the roles that fit.</summary>
internal sealed record AnaphorWord(int Window, IReadOnlyList<string> Roles)
{
    public bool IsPerson => Roles.Count > 0;
}

/// <summary>Anaphors (anaphors.tsv) and the adjectives that may follow them (anaphor-epithets.tsv).</summary>
internal sealed class AnaphorLexicon
{
    private AnaphorLexicon(FrozenDictionary<string, AnaphorWord> words, FrozenSet<string> epithets)
    {
        Words = words;
        Epithets = epithets;
    }

    public static AnaphorLexicon Default { get; } = Load();

    public FrozenDictionary<string, AnaphorWord> Words { get; }

    public FrozenSet<string> Epithets { get; }

    private static AnaphorLexicon Load() => new(
        Lexicons.Rows("anaphors.tsv").ToFrozenDictionary(
            r => MatchingForm.Of(r[0].Trim()),
            r => new AnaphorWord(
                int.Parse(Lexicons.Column(r, 1), System.Globalization.CultureInfo.InvariantCulture),
                Lexicons.Column(r, 2).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
            StringComparer.Ordinal),
        Lexicons.FormSet("anaphor-epithets.tsv"));
}
