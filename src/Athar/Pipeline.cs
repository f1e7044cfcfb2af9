using System.Diagnostics;

namespace Athar;

/// <summary>Runs annotators in order over a document. Build once (lexicons load once), run on many documents.</summary>
public sealed class Pipeline
{
    /// <summary>Throws <see cref="MissingLayerException"/> when a stage needs a layer that no stage before it makes.</summary>
    public Pipeline(IEnumerable<IAnnotator> stages)
    {
        Stages = stages.ToList().AsReadOnly();
        StageContracts.Check(Stages);
    }

    public IReadOnlyList<IAnnotator> Stages { get; }

    public Document Run(Document document)
    {
        foreach (var stage in Stages)
        {
            try
            {
                stage.Annotate(document);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new PipelineException(stage.Name, document.Info.Id, e);
            }
        }
        return document;
    }

    public Document Analyze(string text, DocumentInfo? info = null) => Run(new Document(text, info));

    /// <summary>Times each stage on one document; used by the bench command, not on the hot path.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Profile(Document document)
    {
        var times = new List<(string, TimeSpan)>();
        foreach (var stage in Stages)
        {
            var sw = Stopwatch.StartNew();
            stage.Annotate(document);
            times.Add((stage.Name, sw.Elapsed));
        }
        return times;
    }
}

/// <summary>A stage failed on a document: carries which stage, so the message is useful.</summary>
public sealed class PipelineException(string stage, string? documentId, Exception inner)
    : Exception($"stage '{stage}' failed{(documentId is null ? "" : $" on document '{documentId}'")}: {inner.Message}", inner)
{
    public string Stage { get; } = stage;
}
