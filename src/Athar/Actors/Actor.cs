namespace Athar.Actors;

/// <summary>A catalogued actor (data/actors/actors.tsv).</summary>
/// <param name="Anaphors">Matching forms of the definite nouns that may refer back to it («التنظيم»).</param>
public sealed record Actor(
    string Id,
    ActorKind Kind,
    string? Country,
    string? ParentId,
    string? Role,
    IReadOnlyList<string> Anaphors,
    string English,
    string Arabic);

/// <summary>Parses the kind names used in data files and output ("armed_group", "state_force", …).</summary>
public static class ActorKinds
{
    public static ActorKind Parse(string name) =>
        Text.Lexicons.LexiconEnum.TryParse<ActorKind>(name.Trim(), out var kind) ? kind : throw new FormatException($"unknown actor kind '{name}'");
}
