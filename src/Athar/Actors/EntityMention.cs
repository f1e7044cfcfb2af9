using System.Text.Json.Serialization;

namespace Athar.Actors;

/// <summary>What kind of actor a mention names. Serialised as in the contract: "armed_group", "state_force", …</summary>
public enum EntityKind
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
[Layer("entities")]
public sealed record EntityMention(Span Span, string Text, string? Id, string Name, EntityKind Kind) : IAnnotation;
