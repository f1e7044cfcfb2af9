using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using Athar.Output;

namespace Athar.Store;

/// <summary>
/// Writes every listed layer of a document as JSON rows (the same JSON as the result document) and rebuilds
/// the typed layers from them. Generic over layer types: a stage added later is stored with no change here.
/// </summary>
internal static class StoredLayers
{
    private static readonly FrozenDictionary<string, Type> Types = typeof(Document).Assembly.GetTypes()
        .Where(t => typeof(IAnnotation).IsAssignableFrom(t) && t.GetCustomAttribute<LayerAttribute>() is { Listed: true })
        .ToFrozenDictionary(t => t.GetCustomAttribute<LayerAttribute>()!.Name, t => t, StringComparer.Ordinal);

    private static readonly MethodInfo SetTypedMethod = typeof(StoredLayers).GetMethod(nameof(SetTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IEnumerable<(string Layer, int Seq, IAnnotation Item, string Json)> Rows(Document document)
    {
        foreach (var (name, items, listed) in document.Layers())
        {
            if (!listed || !Types.ContainsKey(name))
                continue;
            for (var i = 0; i < items.Count; i++)
                yield return (name, i, items[i], JsonSerializer.Serialize(items[i], items[i].GetType(), ResultJson.Compact));
        }
    }

    /// <summary>Sets each stored layer on the document; rows of a layer come in their stored order.</summary>
    public static void Restore(Document document, IEnumerable<(string Layer, string Json)> rows)
    {
        foreach (var layer in rows.GroupBy(r => r.Layer, StringComparer.Ordinal))
        {
            if (Types.TryGetValue(layer.Key, out var type))
                SetTypedMethod.MakeGenericMethod(type).Invoke(null, [document, layer.Select(r => r.Json).ToList()]);
        }
    }

    public static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, ResultJson.Compact)
        ?? throw new InvalidDataException($"stored {typeof(T).Name} is null");

    private static void SetTyped<T>(Document document, List<string> jsons) where T : IAnnotation =>
        document.SetLayer(jsons.Select(Parse<T>));
}
