namespace Athar;

/// <summary>A stage needs a layer that no stage before it makes, or that no stage has set on the document.</summary>
public sealed class MissingLayerException(string message, Type layer) : InvalidOperationException(message)
{
    /// <summary>The annotation type of the missing layer.</summary>
    public Type Layer { get; } = layer;

    /// <summary>The missing layer's name, as the output names it ("dates", "places", …).</summary>
    public string LayerName => Document.LayerName(Layer);
}
