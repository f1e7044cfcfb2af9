using System.Globalization;
using Athar.Places;

namespace Athar.Tests.Places;

/// <summary>The hand-written place test set (place-test-set.tsv) and its precision/recall scoring.</summary>
internal static class PlaceTestSet
{
    public sealed record Expected(string Text, double Lat, double Lon, string Country, PlacePrecision Precision);

    public sealed record Row(string Sentence, IReadOnlyList<Expected> Mentions);

    public sealed record Score(int Found, int Expected, int Correct, IReadOnlyList<string> Errors)
    {
        public double Precision => Found == 0 ? 1 : (double)Correct / Found;

        public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"places test set: {Expected} expected, {Found} found, {Correct} correct; precision {Precision:0.000}, recall {Recall:0.000}");
    }

    public static string Path => System.IO.Path.Combine(RepoRoot(), "tests", "Athar.Tests", "Places", "place-test-set.tsv");

    public static List<Row> Load() =>
        File.ReadLines(Path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(f => new Row(f[0], f.Length > 1 ? ParseMentions(f[1]) : []))
            .ToList();

    public static Score Evaluate(PlaceFinder finder, IEnumerable<Row> rows)
    {
        int found = 0, expected = 0, correct = 0;
        var errors = new List<string>();
        foreach (var row in rows)
        {
            var mentions = finder.Find(row.Sentence);
            found += mentions.Count;
            expected += row.Mentions.Count;
            var unmatched = row.Mentions.ToList();
            foreach (var m in mentions)
            {
                var hit = unmatched.FirstOrDefault(e => Matches(row.Sentence, m, e));
                if (hit is null)
                {
                    errors.Add($"extra: «{m.Text}» → {m.Name} {m.Country} {m.Lat:0.##},{m.Lon:0.##} {m.Precision} in «{row.Sentence}»");
                    continue;
                }
                unmatched.Remove(hit);
                correct++;
            }
            errors.AddRange(unmatched.Select(e => $"missed: «{e.Text}» in «{row.Sentence}»"));
        }
        return new Score(found, expected, correct, errors);
    }

    /// <summary>Same country, overlapping text, and close enough for the expected precision (the evaluation contract's distances).</summary>
    private static bool Matches(string sentence, PlaceMention m, Expected e)
    {
        var start = sentence.IndexOf(e.Text, StringComparison.Ordinal);
        if (start < 0 || m.Country != e.Country || !m.Span.Overlaps(new Span(start, start + e.Text.Length)))
            return false;
        if (e.Precision == PlacePrecision.Country)
            return true;
        var tolerance = e.Precision switch
        {
            PlacePrecision.Village or PlacePrecision.Town or PlacePrecision.City or PlacePrecision.Subdistrict => 25,
            PlacePrecision.District => 50,
            _ => 150,
        };
        return Geo.DistanceKm(m.Lat, m.Lon, e.Lat, e.Lon) <= tolerance;
    }

    private static List<Expected> ParseMentions(string field) =>
        field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(m =>
            {
                var eq = m.LastIndexOf('=');
                var v = m[(eq + 1)..].Split(',');
                return new Expected(
                    m[..eq],
                    double.Parse(v[0], CultureInfo.InvariantCulture),
                    double.Parse(v[1], CultureInfo.InvariantCulture),
                    v[2],
                    Enum.Parse<PlacePrecision>(v[3], ignoreCase: true));
            })
            .ToList();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Athar.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Athar.sln) not found above " + AppContext.BaseDirectory);
    }
}
