using System.Text.Json;

namespace Athar.Input;

/// <summary>
/// An article as a JSON object: the contract's batch line {id, text, published?, url?, title?}, which is also
/// the shape of the evaluation's gold files (their other fields are ignored).
/// </summary>
public static class JsonArticle
{
    /// <summary>How deep a batch line's JSON may nest (an article needs 2).</summary>
    public const int MaxDepth = 64;

    public static Article Parse(JsonElement root, string fallbackId, ArticleReader reader, string name)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new UserInputException($"{name} is not a JSON object");
        var id = IdOf(root) ?? fallbackId;
        if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
            throw new UserInputException($"{name} ({id}) has no \"text\" string");
        var info = new DocumentInfo
        {
            Id = id,
            Published = String(root, "published") is { } p ? PublishedDate.Parse(p, "\"published\"") : null,
            Url = String(root, "url"),
            Title = String(root, "title"),
        };
        return reader.ReadText(Text(textEl, name), name, info);
    }

    /// <summary>The line's id when it has one (a string or a number), so an error about the line can carry it.</summary>
    public static string? IdOf(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var idEl) && idEl.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idEl.ToString()
            : null;

    // A JSON string may escape a lone surrogate («\ud800»), which is no text at all.
    private static string Text(JsonElement element, string name)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new UserInputException($"{name} has a \"text\" that is not valid Unicode (a lone surrogate escape)");
        }
    }

    private static string? String(JsonElement root, string property)
    {
        if (!root.TryGetProperty(property, out var el) || el.ValueKind != JsonValueKind.String)
            return null;
        try
        {
            return el.GetString() is { Length: > 0 } s ? s : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
