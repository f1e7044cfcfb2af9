using System.Text;

namespace Athar.Places;

/// <summary>
/// The user's own gazetteer file, filled by `athar gazetteer import` from full GeoNames dumps and loaded by the
/// place stage after the built-in one. Its folder: $ATHAR_GAZETTEER, else $XDG_DATA_HOME/athar, else the
/// platform's local application data folder + athar (~/.local/share/athar on Linux).
/// </summary>
public static class LocalGazetteer
{
    public const string FileName = "gazetteer.tsv";

    public const string EnvironmentVariable = "ATHAR_GAZETTEER";

    public static string DefaultDirectory() => DefaultDirectory(Environment.GetEnvironmentVariable);

    /// <summary>The folder given these environment variables (a function, so the rule is testable).</summary>
    public static string DefaultDirectory(Func<string, string?> environment)
    {
        if (environment(EnvironmentVariable) is { Length: > 0 } dir)
            return dir;
        if (environment("XDG_DATA_HOME") is { Length: > 0 } xdg)
            return Path.Combine(xdg, "athar");
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "athar");
    }

    public static string DefaultPath() => PathIn(DefaultDirectory());

    public static string PathIn(string directory) => Path.Combine(directory, FileName);

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
