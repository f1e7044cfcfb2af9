using System.IO.Compression;
using Athar.Input;

namespace Athar.Cli.Commands;

/// <summary>
/// The dumps in a file given to `gazetteer import`: the file itself, or — GeoNames serves SY.zip, IQ.zip,
/// allCountries.zip — every dump inside a ZIP archive (its readme.txt aside). An archive with no dump is refused.
/// </summary>
internal static class GeoNamesDumps
{
    public static IEnumerable<(string Name, T Result)> Read<T>(string file, Func<Stream, string, T> read)
    {
        if (!IsZip(file))
        {
            using var stream = File.OpenRead(file);
            yield return (file, read(stream, file));
            yield break;
        }
        using var archive = OpenZip(file);
        var dumps = archive.Entries
            .Where(e => e.FullName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !e.Name.StartsWith("readme", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (dumps.Count == 0)
            throw new UserInputException($"{file}: a ZIP archive with no GeoNames dump (.txt) inside");
        foreach (var entry in dumps)
        {
            using var stream = entry.Open();
            yield return ($"{file}:{entry.FullName}", read(stream, entry.FullName));
        }
    }

    private static bool IsZip(string file)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(file);
        return stream.Read(head) == 4 && head.SequenceEqual("PK\u0003\u0004"u8);
    }

    private static ZipArchive OpenZip(string file)
    {
        try
        {
            return ZipFile.OpenRead(file);
        }
        catch (InvalidDataException e)
        {
            throw new UserInputException($"{file}: not a readable ZIP archive ({e.Message})");
        }
    }
}
