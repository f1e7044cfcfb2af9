using Athar.Places;

namespace Athar.Tests.Places;

/// <summary>
/// A one-row gazetteer that moves Mosul (its built-in id) to the Gulf of Guinea: a local gazetteer that must
/// not reach a pipeline nobody gave it to.
/// </summary>
internal static class FakeMosul
{
    public const string BuiltInId = "99072";

    public const double BuiltInLat = 36.335;

    public const double FakeLat = 1.5;

    public const string AirStrike = "شنت طائرات التحالف غارة جوية على مدينة الموصل أمس، ما أدى إلى مقتل خمسة مدنيين.";

    public static readonly GazetteerRow Row = new(
        new GazetteerEntry(BuiltInId, PlacePrecision.City, "IQ", "Nineveh", FakeLat, FakeLat, 0, 1683000, "PPLA", "Mosul", "الموصل", "local"), []);

    /// <summary>Writes the row as a local gazetteer in <paramref name="directory"/> and returns the file's path.</summary>
    public static string WriteIn(string directory)
    {
        var path = LocalGazetteer.PathIn(directory);
        LocalGazetteer.Write(path, [Row]);
        return path;
    }

    /// <summary>The latitude the places stage gives «الموصل» in the air strike sentence.</summary>
    public static double MosulLat(Document analysed) =>
        Assert.Single(analysed.Layer<PlaceMention>(), p => p.Text == "الموصل").Lat;
}
