using System.Collections.Frozen;
using Athar.Text;

namespace Athar.Events;

/// <summary>What a trigger word says before its context is read.</summary>
public enum TriggerClass
{
    Battle, TerritoryTaken, Raid, AirStrike, Shelling, Bombing, Attack, Abduction, Arrest,

    /// <summary>A killing without its means («قُتل», «مقتل»): fatalities for the incident it belongs to.</summary>
    Kill,

    /// <summary>«عملية أمنية»: a raid when it kills, an arrest when it detains.</summary>
    Operation,

    /// <summary>«انفجار»: a bombing unless an air strike explains it.</summary>
    Explosion,

    /// <summary>«داهمت»: a house raid, named by what it did (abduction, arrest), a raid otherwise.</summary>
    Search,
}

public readonly record struct TriggerEntry(TriggerClass Class, bool Strong, bool Generic, bool Plural);

public enum FilterReason { Negation, Intent, Campaign, Series, Temporal, State, Name, Protest, Comparison }

public enum CountKind { Killed, Injured, Detained }

/// <summary>The Events stage's word tables (Events/*.tsv), loaded once.</summary>
public sealed class EventLexicon
{
    private EventLexicon()
    {
        Triggers = new PhraseMatcher<TriggerEntry>(
            EmbeddedLexicon.Rows("Events/triggers.tsv").Select(r => (r[0], ParseTrigger(r))), allowArticleStripping: true, allowEnclitics: true);
        TypeCues = new PhraseMatcher<EventType>(EmbeddedLexicon.Rows("Events/type-cues.tsv").Select(r => (r[0], EventTypes.Parse(r[1]))));
        Filters = new PhraseMatcher<FilterReason>(EmbeddedLexicon.Rows("Events/event-filters.tsv").Select(r => (r[0], Enum.Parse<FilterReason>(r[1], true))));
        Casualties = new PhraseMatcher<CountKind>(EmbeddedLexicon.Rows("Events/casualty-cues.tsv").Select(r => (r[0], Enum.Parse<CountKind>(r[1], true))), allowEnclitics: true);
        BackgroundOpeners = new PhraseMatcher<bool>(EmbeddedLexicon.Rows("Events/background-markers.tsv").Select(r => (r[0], true)));
        Locatives = EmbeddedLexicon.Rows("Events/locative-words.tsv").Select(r => MatchingForm.Of(r[0])).ToFrozenSet();
        Weapons = new PhraseMatcher<string>(EmbeddedLexicon.Rows("Events/weapons.tsv").Select(r => (r[0], r[0])));
    }

    public static EventLexicon Default { get; } = new();

    public PhraseMatcher<TriggerEntry> Triggers { get; }

    public PhraseMatcher<EventType> TypeCues { get; }

    public PhraseMatcher<FilterReason> Filters { get; }

    public PhraseMatcher<CountKind> Casualties { get; }

    public PhraseMatcher<string> Weapons { get; }

    public PhraseMatcher<bool> BackgroundOpeners { get; }

    public FrozenSet<string> Locatives { get; }

    private static TriggerEntry ParseTrigger(string[] row)
    {
        var flags = row.Length > 3 ? row[3].Split(',') : [];
        var cls = Enum.Parse<TriggerClass>(row[1].Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
        return new TriggerEntry(cls, row[2] == "strong", flags.Contains("generic"), flags.Contains("plural"));
    }
}
