namespace Athar.Actors;

/// <summary>A catalogued actor (data/actors/actors.tsv).</summary>
/// <param name="Anaphors">Matching forms of the definite nouns that may refer back to it («التنظيم»).</param>
public sealed record Actor(
    string Id,
    EntityKind Kind,
    string? Country,
    string? ParentId,
    string? Role,
    IReadOnlyList<string> Anaphors,
    string English,
    string Arabic);

/// <summary>Parses the kind names used in data files and output ("armed_group", "state_force", …).</summary>
public static class EntityKinds
{
    private static readonly Dictionary<string, EntityKind> ByName = Enum.GetValues<EntityKind>().ToDictionary(
        k => typeof(EntityKind).GetField(k.ToString())!
            .GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute), false)
            .Cast<System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute>().Single().Name,
        StringComparer.Ordinal);

    public static EntityKind Parse(string name) =>
        ByName.TryGetValue(name.Trim(), out var kind) ? kind : throw new FormatException($"unknown actor kind '{name}'");
}
