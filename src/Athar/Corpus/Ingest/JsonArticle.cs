using System.Text.Json;
using Athar.Input;

namespace Athar.Corpus.Ingest;

/// <summary>
/// An article as a JSON object: the contract's batch line {id, text, published?, url?, title?}, which is also
/// the shape of the evaluation's gold files (their other fields are ignored).
/// </summary>
public static class JsonArticle
{
    public static Article Parse(JsonElement root, string fallbackId, ArticleReader reader, string name)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new UserInputException($"{name} is not a JSON object");
        var id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind is JsonValueKind.String or JsonValueKind.Number ? idEl.ToString() : fallbackId;
        if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
            throw new UserInputException($"{name} ({id}) has no \"text\" string");
        var info = new DocumentInfo
        {
            Id = id,
            Published = String(root, "published") is { } p ? PublishedDate.Parse(p, "\"published\"") : null,
            Url = String(root, "url"),
            Title = String(root, "title"),
        };
        return reader.ReadText(textEl.GetString()!, name, info);
    }

    private static string? String(JsonElement root, string property) =>
        root.TryGetProperty(property, out var el) && el.ValueKind == JsonValueKind.String && el.GetString() is { Length: > 0 } s ? s : null;
}
