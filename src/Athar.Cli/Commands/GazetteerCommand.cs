using System.CommandLine;
using Athar.Input;
using Athar.Places;
using Spectre.Console;

namespace Athar.Cli.Commands;

/// <summary>
/// `athar gazetteer import FILE…`: loads full GeoNames dumps into the user's local gazetteer, which the place
/// stage reads after the built-in one (village coverage for those who have the dumps).
/// </summary>
public static class GazetteerCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "GeoNames dump files (SY.txt, IQ.txt, TR.txt, allCountries.txt …)", Arity = ArgumentArity.OneOrMore };
        var dir = new Option<string?>("--gazetteer-dir") { Description = $"Folder of the local gazetteer (default: ${CliGazetteer.EnvironmentVariable}, else $XDG_DATA_HOME/athar or ~/.local/share/athar)" };
        var countries = new Option<string>("--countries")
        {
            Description = "Countries to keep, ISO2 comma-separated, or 'all' (default: Syria, Iraq, Turkey and neighbours)",
            DefaultValueFactory = _ => string.Join(',', GeoNamesImporter.RegionCountries.Order(StringComparer.Ordinal)),
        };
        var import = new Command("import", "Import GeoNames dumps (19-column format) into the local gazetteer") { files, dir, countries };
        import.SetAction(parse => Import(
            parse.GetValue(files) ?? [],
            parse.GetValue(dir),
            parse.GetValue(countries) ?? "",
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return new Command("gazetteer", "Manage the local gazetteer used by the place stage") { import };
    }

    public static int Import(IReadOnlyList<string> files, string? directory, string countries, TextWriter stdout, TextWriter stderr)
    {
        foreach (var file in files)
        {
            if (!File.Exists(file))
                throw new UserInputException($"{file}: no such file");
        }
        var keep = countries.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)
            ? null
            : countries.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (keep is { Count: 0 } || keep?.Any(c => c.Length != 2) == true)
            throw new UserInputException($"--countries: give ISO2 codes such as SY,IQ,TR or 'all', not '{countries}'");

        var importer = new GeoNamesImporter(keep);
        var rows = new List<GazetteerRow>();
        foreach (var file in files)
        {
            foreach (var (name, report) in GeoNamesDumps.Read(file, (stream, name) => ReadWithProgress(importer, stream, name, rows.Add, stderr)))
            {
                stdout.WriteLine($"{name}: {report.Imported:N0} places imported, {report.Skipped:N0} rows of other countries or features skipped, {report.Bad:N0} bad rows");
                foreach (var example in report.BadExamples)
                    stderr.WriteLine($"athar: {name}: bad row skipped: {example}");
            }
        }
        var path = LocalGazetteer.PathIn(directory ?? CliGazetteer.DefaultDirectory());
        var (total, added) = LocalGazetteer.Merge(path, rows);
        stdout.WriteLine($"local gazetteer {path}: {total:N0} places ({added:N0} new)");
        return CommandRunner.Ok;
    }

    /// <summary>Reads one dump, with a progress bar on an interactive terminal (dumps reach gigabytes).</summary>
    private static ImportReport ReadWithProgress(GeoNamesImporter importer, Stream stream, string name, Action<GazetteerRow> rows, TextWriter stderr)
    {
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        if (Console.IsErrorRedirected || stderr != Console.Error || !stream.CanSeek)
            return importer.Read(reader, rows);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().Start(ctx =>
        {
            var task = ctx.AddTask(Path.GetFileName(name), maxValue: Math.Max(1, stream.Length));
            var report = importer.Read(reader, rows, () => task.Value = stream.Position);
            task.Value = task.MaxValue;
            return report;
        });
    }
}
