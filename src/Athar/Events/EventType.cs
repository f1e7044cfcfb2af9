using System.Collections.Frozen;
using System.Text.Json.Serialization;
using Athar.Text;

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
    private static readonly FrozenDictionary<EventType, AcledType> Acled = EmbeddedLexicon.Rows("Events/acled-types.tsv")
        .ToFrozenDictionary(r => Parse(r[0]), r => new AcledType(r[1], r[2]));

    public static AcledType ToAcled(EventType type) => Acled[type];

    /// <summary>"air_strike" → AirStrike.</summary>
    public static EventType Parse(string name) =>
        Enum.Parse<EventType>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);

    /// <summary>The contract's name («air_strike»), read from the enum's JSON names so the two cannot drift apart.</summary>
    public static string Name(EventType type) => Names[type];

    private static readonly FrozenDictionary<EventType, string> Names = typeof(EventType)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .ToFrozenDictionary(f => (EventType)f.GetValue(null)!, f => f.GetCustomAttributes(typeof(JsonStringEnumMemberNameAttribute), false)
            .Cast<JsonStringEnumMemberNameAttribute>().Single().Name);
}
