using System.CommandLine;
using Athar.Corpus.Export;
using Athar.Input;
using Athar.Store;

namespace Athar.Cli.Commands;

/// <summary>`athar export --format csv|geojson|jsonl`: the fused events matching the filters, ACLED-style.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var filters = new CorpusOptions();
        var format = new Option<string>("--format") { Description = "csv (ACLED columns, RFC 4180), geojson (FeatureCollection of points) or jsonl (events with all sources)", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "geojson", "jsonl");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export fused events as CSV, GeoJSON or JSON lines") { format, output };
        filters.AddTo(command, withBbox: true, withMinSources: true);
        command.SetAction(parse =>
        {
            var query = filters.Query(parse);
            var exportFormat = Enum.Parse<ExportFormat>(parse.GetValue(format) ?? "csv", ignoreCase: true);
            return Execute(parse.GetValue(filters.Db)!, query, exportFormat, parse.GetValue(output), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Execute(string db, EventQuery query, ExportFormat format, string? outPath, TextWriter stdout, TextWriter stderr)
    {
        using var session = StoreSession.OpenForReading(db, places: CliGazetteer.Later());
        var store = session.Store;
        var details = store.AllEvents(query).Select(e => store.GetEvent(e.Id)).Where(d => d is not null).Select(d => d!);
        ExportSummary summary;
        if (outPath is not null)
        {
            try
            {
                using var file = File.Create(outPath);
                summary = EventExporter.Write(details, format, file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserInputException($"cannot write {outPath}: {e.Message}");
            }
        }
        else
            summary = StandardOutput.Write(stdout, stream => EventExporter.Write(details, format, stream));
        stderr.WriteLine($"athar: exported {summary.Written} events as {format.ToString().ToLowerInvariant()}{(outPath is null ? string.Empty : $" to {outPath}")}");
        if (summary.WithoutPlace > 0)
            stderr.WriteLine($"athar: {summary.WithoutPlace} events without a known place are not in the GeoJSON (export csv or jsonl to see them)");
        return CommandRunner.Ok;
    }
}
