using System.Text.Json;
using Athar.Input;
using Athar.Output;

namespace Athar.Cli.Commands;

/// <summary>
/// JSONL batch: each line {id, text, published?, url?} gives one compact result line carrying its id.
/// A bad line (not JSON, not UTF-8, too long, no text, a bad date) gives an error line and a message on
/// stderr; the other lines are still analysed.
/// </summary>
public static class BatchAnalyzer
{
    public static int Run(Pipeline pipeline, AnalyzeOptions options, TextWriter stdout, TextWriter stderr, Places.LocalGazetteerFile? localGazetteer = null)
    {
        var path = options.Jsonl!;
        if (!File.Exists(path))
            throw new UserInputException($"file not found: {path}");
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"cannot read {path}: {e.Message}");
        }
        var reader = new ArticleReader(options.Limits);
        var failed = 0;
        using (stream)
        {
            foreach (var (number, line, error) in JsonLines.Read(stream, options.Limits))
            {
                if (error is null && string.IsNullOrWhiteSpace(line))
                    continue;
                string? id = null;
                try
                {
                    if (error is not null)
                        throw new UserInputException(error);
                    using var json = JsonDocument.Parse(line!, new JsonDocumentOptions { MaxDepth = JsonArticle.MaxDepth });
                    id = JsonArticle.IdOf(json.RootElement);
                    var article = JsonArticle.Parse(json.RootElement, $"line-{number}", reader, $"line {number}");
                    if (article.Info.Published is null && options.Published is { } published)
                        article = article with { Info = article.Info with { Published = published } };
                    var document = pipeline.Analyze(article.Text, article.Info with { Url = article.Info.Url ?? options.Url });
                    stdout.WriteLine(ResultJson.Serialize(document, indented: false, localGazetteer));
                }
                catch (Exception e) when (e is UserInputException or JsonException or PipelineException)
                {
                    failed++;
                    stderr.WriteLine($"athar: {path}:{number}: {e.Message}");
                    stdout.WriteLine(ResultJson.Error(id, number, e.Message, indented: false));
                }
            }
        }
        return failed > 0 ? CommandRunner.PartialFailure : CommandRunner.Ok;
    }
}
