using Athar.Places;

namespace Athar.Tests.Places;

/// <summary>The place stage on the built-in gazetteer, shared by the place tests.</summary>
internal static class BuiltInPlaces
{
    public static readonly PlaceFinder Finder = new(Gazetteer.BuiltIn);

    /// <summary>The one mention whose text is <paramref name="surface"/>.</summary>
    public static PlaceMention Single(string text, string surface) => Assert.Single(Finder.Find(text), p => p.Text == surface);
}
