namespace Athar;

/// <summary>
/// Names the layer an annotation type lives in. The name is the key in the output document
/// (see the evaluation contract: "hashtags", "dates", "places", "entities", "events", "claims").
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class LayerAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>False for internal layers (tokens) that the output summarises instead of listing.</summary>
    public bool Listed { get; init; } = true;
}
