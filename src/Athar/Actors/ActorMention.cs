using System.Text.Json.Serialization;

namespace Athar.Actors;

/// <summary>What kind of actor a mention names. Serialised as in the contract: "armed_group", "state_force", …</summary>
public enum ActorKind
{
    [JsonStringEnumMemberName("person")]
    Person,

    [JsonStringEnumMemberName("armed_group")]
    ArmedGroup,

    [JsonStringEnumMemberName("state_force")]
    StateForce,

    [JsonStringEnumMemberName("government")]
    Government,

    [JsonStringEnumMemberName("political_party")]
    PoliticalParty,

    [JsonStringEnumMemberName("organization")]
    Organization,

    [JsonStringEnumMemberName("media")]
    Media,

    [JsonStringEnumMemberName("monitor")]
    Monitor,
}

/// <summary>
/// A mention of an actor: a catalogued group, force or institution (Id from the actor catalogue), or a
/// person (Id null unless catalogued). Name is the English display name.
/// </summary>
// The layer keeps the output contract's name ("entities", ../shared/eval/CONTRACT.md): the one place where the
// actors stage is called otherwise.
[Layer("entities")]
public sealed record ActorMention(Span Span, string Text, string? Id, string Name, ActorKind Kind) : IAnnotation
{
    /// <summary>ISO 3166-1 alpha-2 code of the actor's state, when known.</summary>
    public string? Country { get; init; }

    /// <summary>Catalogue id of the actor this one belongs to: a unit's force, a person's group or ministry.</summary>
    public string? ParentId { get; init; }

    /// <summary>Persons: the role the text or the catalogue states (leader, emir, wali, spokesman, minister, commander, …).</summary>
    public string? Role { get; init; }

    /// <summary>Persons outside the catalogue: the rule-based Latin spelling of the Arabic name (also used as Name).</summary>
    public string? Transliteration { get; init; }

    /// <summary>Set when the mention refers back («التنظيم», «الوزير التركي», «السوداني», a kunya after «المكنى»): the span it refers to.</summary>
    public Span? Antecedent { get; init; }

    /// <summary>True for a generic agent resolved through a country («القوات التركية», «القوات الأمنية» in a Turkish context).</summary>
    public bool Generic { get; init; }

    /// <summary>True when the text is a description, not a name: an anaphor such as «التنظيم» or «الوزير التركي».</summary>
    public bool Nominal { get; init; }
}
