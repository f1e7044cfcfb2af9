using System.Text.Json;
using Athar.Input;
using Athar.Output;

namespace Athar.Cli.Commands;

/// <summary>
/// JSONL batch: each line {id, text, published?, url?} gives one compact result line carrying its id.
/// A bad line gives an error line (and a message on stderr); the other lines are still analysed.
/// </summary>
public static class BatchAnalyzer
{
    public static int Run(Pipeline pipeline, AnalyzeOptions options, TextWriter stdout, TextWriter stderr)
    {
        var path = options.Jsonl!;
        if (!File.Exists(path))
            throw new UserInputException($"file not found: {path}");
        var reader = new ArticleReader(options.Limits);
        int lineNo = 0, failed = 0, done = 0;
        foreach (var line in ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            string? id = null;
            try
            {
                var (text, info) = ParseLine(line, lineNo, options, ref id);
                var article = reader.ReadText(text, $"line {lineNo}", info);
                var document = pipeline.Analyze(article.Text, article.Info);
                stdout.WriteLine(ResultJson.Serialize(document, indented: false));
                done++;
            }
            catch (Exception e) when (e is UserInputException or JsonException or PipelineException)
            {
                failed++;
                stderr.WriteLine($"athar: {path}:{lineNo}: {e.Message}");
                stdout.WriteLine(ResultJson.Error(id, lineNo, e.Message, indented: false));
            }
        }
        if (options.Format == "table")
            stderr.WriteLine($"athar: {done} analysed, {failed} failed");
        return failed > 0 ? CommandRunner.PartialFailure : CommandRunner.Ok;
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        StreamReader stream;
        try
        {
            stream = new StreamReader(path, new System.Text.UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"cannot read {path}: {e.Message}");
        }
        using (stream)
        {
            while (true)
            {
                string? line;
                try
                {
                    line = stream.ReadLine();
                }
                catch (System.Text.DecoderFallbackException)
                {
                    throw new UserInputException($"{path} is not valid UTF-8 text");
                }
                if (line is null)
                    yield break;
                yield return line;
            }
        }
    }

    // The id is set as soon as it is known so that an error later in the line still carries it.
    private static (string Text, DocumentInfo Info) ParseLine(string line, int lineNo, AnalyzeOptions options, ref string? lineId)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new UserInputException("the line is not a JSON object");
        var id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idEl.ToString()
            : $"line-{lineNo}";
        lineId = id;
        if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
            throw new UserInputException($"line {lineNo} ({id}) has no \"text\" string");
        var published = root.TryGetProperty("published", out var pubEl) && pubEl.ValueKind == JsonValueKind.String
            ? PublishedDate.Parse(pubEl.GetString()!, "\"published\"")
            : options.Published;
        var url = root.TryGetProperty("url", out var urlEl) && urlEl.ValueKind == JsonValueKind.String ? urlEl.GetString() : null;
        var title = root.TryGetProperty("title", out var titleEl) && titleEl.ValueKind == JsonValueKind.String ? titleEl.GetString() : null;
        return (textEl.GetString()!, new DocumentInfo { Id = id, Published = published, Url = url, Title = title });
    }
}
