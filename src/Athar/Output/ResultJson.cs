using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Athar.Text;

namespace Athar.Output;

/// <summary>
/// The result document of the evaluation contract: article metadata, then one array per listed layer
/// ("hashtags", "dates", "places", "entities", "events", "claims", …) in pipeline order.
/// </summary>
public static class ResultJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions(indented: true);

    public static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);

    public static JsonObject Build(Document document)
    {
        var info = document.Info;
        var result = new JsonObject
        {
            ["id"] = info.Id,
            ["url"] = info.Url,
            ["title"] = info.Title,
            ["published"] = info.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["language"] = info.Language,
            ["length"] = document.Text.Length,
            ["tokens"] = document.Layer<Token>().Count,
        };
        foreach (var (name, items, listed) in document.Layers())
        {
            if (!listed)
                continue;
            result[name] = JsonSerializer.SerializeToNode(items.Cast<object>().ToList(), Options);
        }
        return result;
    }

    public static string Serialize(Document document, bool indented = true) =>
        Build(document).ToJsonString(indented ? Options : Compact);

    /// <summary>The result line for a batch input line that could not be analysed.</summary>
    public static string Error(string? id, int line, string message, bool indented) =>
        new JsonObject { ["id"] = id, ["line"] = line, ["error"] = message }.ToJsonString(indented ? Options : Compact);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            // Arabic stays readable in the output; the output is JSON, never embedded in HTML unescaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
