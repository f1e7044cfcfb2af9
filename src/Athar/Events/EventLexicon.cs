using System.Collections.Frozen;
using System.Globalization;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Events;

/// <summary>What a trigger word says before its context is read.</summary>
public enum TriggerClass
{
    Battle, TerritoryTaken, Raid, AirStrike, Shelling, Bombing, Attack, Abduction, Arrest,

    /// <summary>A killing without its means («قُتل», «مقتل»): fatalities for the incident it belongs to.</summary>
    Kill,

    /// <summary>«عملية أمنية»: a raid when it kills, an arrest when it detains.</summary>
    Operation,

    /// <summary>«انفجار»: a bombing unless an air strike or a shell explains it.</summary>
    Explosion,

    /// <summary>«داهمت»: a house raid, named by what it did (abduction, arrest), a raid otherwise.</summary>
    Search,

    /// <summary>«سقطت»: something fell on a place; an incident only when the thing is a drone, a rocket or a shell.</summary>
    Fall,

    /// <summary>«أطلق مسلحون النار», «أطلقوا صاروخين»: an incident when what was fired is gunfire or a projectile.</summary>
    Shoot,
}

public readonly record struct TriggerEntry(TriggerClass Class, bool Strong, bool Generic, bool Plural, bool Named = false);

public enum FilterReason { Negation, Intent, Campaign, Series, Temporal, State, Name, Protest, Comparison, From, Future, Idiom, Cause }

public enum CountKind { Killed, Injured, Detained }

/// <summary>How an attack was carried out (means.tsv): it decides the type of a generic trigger.</summary>
public enum Means { Air, Artillery, Explosive, Gunfire, Blade }

/// <summary>A means word: its kind, its rank against other means in the clause, and whether it can fall on a place.</summary>
public readonly record struct MeansEntry(Means Means, int Rank, bool Projectile);

/// <summary>The Events stage's word tables (Events/*.tsv), loaded once.</summary>
public sealed class EventLexicon
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _words;
    private readonly FrozenDictionary<string, PhraseMatcher<bool>> _phrases;

    private EventLexicon()
    {
        Triggers = new PhraseMatcher<TriggerEntry>(TriggerPhrases(), new PhraseOptions { ArticleStripping = true, Enclitics = true });
        Means = new PhraseMatcher<MeansEntry>(Lexicon.Rows("Events/means.tsv").Select(r => (r[0], ParseMeans(r))), new PhraseOptions { ArticleStripping = true });
        Filters = new PhraseMatcher<FilterReason>(Lexicon.Rows("Events/event-filters.tsv").Select(r => (r[0], r.Enum<FilterReason>(1))));
        Casualties = new PhraseMatcher<CountKind>(Lexicon.Rows("Events/casualty-cues.tsv").Select(r => (r[0], r.Enum<CountKind>(1))), new PhraseOptions { Enclitics = true });
        BackgroundOpeners = new PhraseMatcher<bool>(Lexicon.Rows("Events/background-markers.tsv").Select(r => (r[0], true)));
        Weapons = new PhraseMatcher<string>(Lexicon.Rows("Events/weapons.tsv").Select(r => (r[0], r[0])));
        var rows = Lexicon.Rows("Events/event-words.tsv", 1).ToList();
        _words = rows.Where(r => !r[0].Contains(' ', StringComparison.Ordinal)).GroupBy(r => r[1])
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => MatchingForm.Of(r[0])).ToFrozenSet());
        _phrases = rows.GroupBy(r => r[1]).ToFrozenDictionary(g => g.Key, g => new PhraseMatcher<bool>(g.Select(r => (r[0], true))));
    }

    public static EventLexicon Default { get; } = new();

    /// <summary>The function words every stage shares (Text/function-words.tsv).</summary>
    public FunctionWords Grammar { get; } = FunctionWords.Default;

    public PhraseMatcher<TriggerEntry> Triggers { get; }

    public PhraseMatcher<MeansEntry> Means { get; }

    public PhraseMatcher<FilterReason> Filters { get; }

    public PhraseMatcher<CountKind> Casualties { get; }

    public PhraseMatcher<string> Weapons { get; }

    public PhraseMatcher<bool> BackgroundOpeners { get; }

    /// <summary>One-word members of a class of event-words.tsv, in matching form.</summary>
    public FrozenSet<string> Words(string wordClass) =>
        _words.TryGetValue(wordClass, out var set) ? set : throw new KeyNotFoundException($"event-words.tsv has no class '{wordClass}'");

    /// <summary>All members (words and phrases) of a class of event-words.tsv, as a phrase matcher.</summary>
    public PhraseMatcher<bool> Phrases(string wordClass) =>
        _phrases.TryGetValue(wordClass, out var m) ? m : throw new KeyNotFoundException($"event-words.tsv has no class '{wordClass}'");

    public FrozenSet<string> SubjectedTo => Words("subjected");

    // Each row, and for a row flagged «verb» the other persons of its first word («استهدف» → «استهدفوا … »)
    // unless the file lists that form itself.
    private static IEnumerable<(string, TriggerEntry)> TriggerPhrases()
    {
        var rows = Lexicon.Rows("Events/triggers.tsv").ToList();
        var listed = rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var entry = ParseTrigger(row);
            yield return (row[0], entry);
            if (!Flags(row).Contains("verb"))
                continue;
            var words = row[0].Split(' ', 2);
            foreach (var form in WordEndings.PastVerbForms(words[0]))
            {
                var phrase = words.Length == 1 ? form : form + " " + words[1];
                if (listed.Add(phrase))
                    yield return (phrase, entry);
            }
        }
    }

    private static string[] Flags(LexiconRow row) => row.Length > 3 ? row[3].Split(',') : [];

    private static TriggerEntry ParseTrigger(LexiconRow row)
    {
        var flags = Flags(row);
        var cls = row.Enum<TriggerClass>(1);
        return new TriggerEntry(cls, row[2] == "strong", flags.Contains("generic"), flags.Contains("plural"), flags.Contains("named"));
    }

    private static MeansEntry ParseMeans(LexiconRow row) =>
        new(row.Enum<Means>(1), row.Int(2), row.Optional(3) == "projectile");
}
