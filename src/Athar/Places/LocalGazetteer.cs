using System.Text;

namespace Athar.Places;

/// <summary>
/// The user's own gazetteer file, filled by `athar gazetteer import` from full GeoNames dumps and added to the
/// built-in one by whoever builds the pipeline. The library never looks for it: the CLI decides where it is
/// (Athar.Cli's CliGazetteer) and passes it on (<see cref="PipelineOptions.Gazetteer"/>).
/// </summary>
public static class LocalGazetteer
{
    public const string FileName = "gazetteer.tsv";

    public static string PathIn(string directory) => Path.Combine(directory, FileName);

    /// <summary>The built-in gazetteer plus the file at <paramref name="path"/> when there is one; the built-in one alone otherwise.</summary>
    public static Gazetteer WithBuiltIn(string? path) =>
        path is not null && File.Exists(path) ? new GazetteerBuilder().AddBuiltIn().AddLocal(path).Build() : Gazetteer.BuiltIn;

    /// <summary>Reads a gazetteer file; rows that do not parse are counted, not fatal.</summary>
    public static (List<GazetteerRow> Rows, int Bad) ReadRows(string path)
    {
        var rows = new List<GazetteerRow>();
        var bad = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (GazetteerRow.TryParse(line.Split('\t')) is { } row)
                rows.Add(row);
            else
                bad++;
        }
        return (rows, bad);
    }

    /// <summary>Adds rows to the gazetteer file (a row with a known id replaces it); returns the file's row count and how many ids were new.</summary>
    public static (int Total, int Added) Merge(string path, IEnumerable<GazetteerRow> rows)
    {
        var byId = new Dictionary<string, GazetteerRow>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            foreach (var row in ReadRows(path).Rows)
                byId[row.Entry.Id] = row;
        }
        var before = byId.Count;
        foreach (var row in rows)
            byId[row.Entry.Id] = row;
        Write(path, byId.Values);
        return (byId.Count, byId.Count - before);
    }

    /// <summary>Writes rows through a temporary file and a rename, so a crash never leaves half a gazetteer.</summary>
    public static void Write(string path, IEnumerable<GazetteerRow> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false)))
        {
            writer.WriteLine("# Athar local gazetteer, written by `athar gazetteer import` from GeoNames dumps (CC BY 4.0, geonames.org).");
            writer.WriteLine(GazetteerRow.Header);
            foreach (var row in rows)
                writer.WriteLine(row.Format());
        }
        File.Move(temp, path, overwrite: true);
    }
}
