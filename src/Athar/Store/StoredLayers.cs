using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using Athar.Output;

namespace Athar.Store;

/// <summary>
/// Writes every listed layer of a document as a JSON row (the same JSON as the result document) and rebuilds
/// the typed layers from them. Generic over layer types: a stage added later is stored with no change here.
/// </summary>
internal static class StoredLayers
{
    private static readonly FrozenDictionary<string, Type> Types = typeof(Document).Assembly.GetTypes()
        .Where(t => typeof(IAnnotation).IsAssignableFrom(t) && t.GetCustomAttribute<LayerAttribute>() is { Listed: true })
        .ToFrozenDictionary(t => t.GetCustomAttribute<LayerAttribute>()!.Name, t => t, StringComparer.Ordinal);

    private static readonly MethodInfo SetTypedMethod = typeof(StoredLayers).GetMethod(nameof(SetTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Each listed layer of the document as one JSON array.</summary>
    public static IEnumerable<(string Layer, string Json)> Rows(Document document)
    {
        foreach (var (name, items, listed) in document.Layers())
        {
            if (listed && Types.ContainsKey(name))
                yield return (name, JsonSerializer.Serialize(items.Cast<object>(), ResultJson.Compact)); // object: each item by its own type
        }
    }

    /// <summary>Sets each stored layer on the document.</summary>
    public static void Restore(Document document, IEnumerable<(string Layer, string Json)> rows)
    {
        foreach (var (layer, json) in rows)
        {
            if (Types.TryGetValue(layer, out var type))
                SetTypedMethod.MakeGenericMethod(type).Invoke(null, [document, json]);
        }
    }

    /// <summary>One stored layer, typed (e.g. the sentences of an article).</summary>
    public static List<T> ParseLayer<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, ResultJson.Compact) ?? [];

    public static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, ResultJson.Compact)
        ?? throw new InvalidDataException($"stored {typeof(T).Name} is null");

    private static void SetTyped<T>(Document document, string json) where T : IAnnotation =>
        document.SetLayer(ParseLayer<T>(json));
}
