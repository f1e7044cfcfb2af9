using System.Collections.Frozen;
using System.Text.Json.Serialization;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Events;

/// <summary>The event types of the evaluation contract (serialised in snake case: "air_strike").</summary>
public enum EventType
{
    [JsonStringEnumMemberName("battle")]
    Battle,

    [JsonStringEnumMemberName("territory_taken")]
    TerritoryTaken,

    [JsonStringEnumMemberName("raid")]
    Raid,

    [JsonStringEnumMemberName("air_strike")]
    AirStrike,

    [JsonStringEnumMemberName("shelling")]
    Shelling,

    [JsonStringEnumMemberName("bombing")]
    Bombing,

    [JsonStringEnumMemberName("attack")]
    Attack,

    [JsonStringEnumMemberName("abduction")]
    Abduction,

    [JsonStringEnumMemberName("arrest")]
    Arrest,

    [JsonStringEnumMemberName("other")]
    Other,
}

/// <summary>ACLED's event type and sub-event type for an Athar type.</summary>
public sealed record AcledType(string EventType, string SubEventType);

/// <summary>The type names used in data files and the ACLED mapping (Events/acled-types.tsv).</summary>
public static class EventTypes
{
    private static readonly FrozenDictionary<EventType, AcledType> Acled = Lexicon.Rows("Events/acled-types.tsv")
        .ToFrozenDictionary(r => Parse(r[0]), r => new AcledType(r[1], r[2]));

    public static AcledType ToAcled(EventType type) => Acled[type];

    /// <summary>"air_strike" → AirStrike (the contract's name; case does not matter).</summary>
    public static EventType Parse(string name) =>
        LexiconEnum.TryParse<EventType>(name.ToLowerInvariant(), out var type) ? type : throw new ArgumentException($"unknown event type '{name}'", nameof(name));

    /// <summary>The contract's name («air_strike»), read from the enum's JSON names so the two cannot drift apart.</summary>
    public static string Name(EventType type) => Names[type];

    private static readonly FrozenDictionary<EventType, string> Names = Enum.GetValues<EventType>().ToFrozenDictionary(t => t, LexiconEnum.NameOf);
}
