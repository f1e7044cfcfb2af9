namespace Athar;

/// <summary>
/// Checks a stage order against what each stage requires and produces (like spaCy's analyze_pipes), and
/// says which stage of the default pipeline makes a missing layer, so the error tells how to fix the order.
/// </summary>
public static class StageContracts
{
    // Built only when an error needs it: making the default stages loads their lexicons.
    private static readonly Lazy<IReadOnlyDictionary<Type, string>> DefaultProducers = new(() =>
    {
        var producers = new Dictionary<Type, string>();
        foreach (var stage in AtharPipeline.DefaultStages())
        {
            foreach (var layer in stage.Produces)
                producers.TryAdd(layer, stage.Name);
        }
        return producers;
    });

    /// <summary>Throws <see cref="MissingLayerException"/> for the first stage that needs a layer no earlier stage makes.</summary>
    public static void Check(IReadOnlyList<IAnnotator> stages)
    {
        var made = new HashSet<Type>();
        for (var i = 0; i < stages.Count; i++)
        {
            var stage = stages[i];
            foreach (var layer in stage.Requires)
            {
                if (!made.Contains(layer))
                    throw new MissingLayerException(Message(stage, layer, stages.Skip(i + 1)), layer);
            }
            made.UnionWith(stage.Produces);
        }
    }

    /// <summary>The name of the default pipeline's stage that makes a layer, or null when none does.</summary>
    public static string? DefaultProducerOf(Type layer) => DefaultProducers.Value.GetValueOrDefault(layer);

    private static string Message(IAnnotator stage, Type layer, IEnumerable<IAnnotator> later)
    {
        var needs = $"stage '{stage.Name}' needs the '{Document.LayerName(layer)}' layer";
        if (later.FirstOrDefault(s => s.Produces.Contains(layer)) is { } misplaced)
            return $"{needs}, which the '{misplaced.Name}' stage makes; move '{misplaced.Name}' before '{stage.Name}'";
        return DefaultProducerOf(layer) is { } producer
            ? $"{needs}, which the '{producer}' stage makes; add it before '{stage.Name}'"
            : $"{needs}, which no stage of the default pipeline makes; add a stage that makes it before '{stage.Name}'";
    }
}
