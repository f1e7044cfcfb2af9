namespace Athar.Places;

/// <summary>A user's gazetteer file added to the built-in one, and how many places it held: what the output reports.</summary>
public sealed record LocalGazetteerFile(string Path, int Places)
{
    public override string ToString() => $"local {Path} ({Places} {(Places == 1 ? "place" : "places")})";
}
