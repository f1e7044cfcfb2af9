using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Athar.Places;
using Athar.Text;

namespace Athar.Output;

/// <summary>
/// The result document of the evaluation contract: article metadata, then one array per listed layer
/// ("hashtags", "dates", "places", "entities", "events", "claims", …) in pipeline order. When places were
/// resolved with a user's gazetteer besides the built-in one, the metadata names it ("localGazetteer").
/// </summary>
public static class ResultJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions(indented: true);

    public static readonly JsonSerializerOptions Compact = CreateOptions(indented: false);

    public static JsonObject Build(Document document, LocalGazetteerFile? localGazetteer = null)
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
        if (localGazetteer is not null)
            result[LocalGazetteerField] = JsonSerializer.SerializeToNode(localGazetteer, Options);
        foreach (var (name, items, listed) in document.Layers())
        {
            if (!listed)
                continue;
            result[name] = JsonSerializer.SerializeToNode(items.Cast<object>().ToList(), Options);
        }
        return result;
    }

    /// <summary>
    /// Writes the result document item by item (the same JSON as <see cref="Build"/>): the output of a large
    /// article never exists whole in memory, as a string or as a tree.
    /// </summary>
    public static void Write(Document document, Utf8JsonWriter json, LocalGazetteerFile? localGazetteer = null)
    {
        var info = document.Info;
        var options = json.Options.Indented ? Options : Compact;
        json.WriteStartObject();
        json.WriteString("id", info.Id);
        json.WriteString("url", info.Url);
        json.WriteString("title", info.Title);
        json.WriteString("published", info.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("language", info.Language);
        json.WriteNumber("length", document.Text.Length);
        json.WriteNumber("tokens", document.Layer<Token>().Count);
        if (localGazetteer is not null)
        {
            json.WritePropertyName(LocalGazetteerField);
            JsonSerializer.Serialize(json, localGazetteer, options);
        }
        foreach (var (name, items, listed) in document.Layers())
        {
            if (!listed)
                continue;
            json.WriteStartArray(name);
            foreach (var item in items)
            {
                JsonSerializer.Serialize(json, item, item.GetType(), options);
                if (json.BytesPending > FlushEvery)
                    json.Flush();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>Writes the result document to a stream as UTF-8 JSON, indented or on one line.</summary>
    public static void Write(Document document, Stream stream, bool indented = true, LocalGazetteerFile? localGazetteer = null)
    {
        using var json = new Utf8JsonWriter(stream, WriterOptions(indented));
        Write(document, json, localGazetteer);
    }

    public static string Serialize(Document document, bool indented = true, LocalGazetteerFile? localGazetteer = null)
    {
        using var buffer = new MemoryStream();
        Write(document, buffer, indented, localGazetteer);
        return new System.Text.UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    // Only when a local gazetteer was used: the output of the built-in one stays as it was.
    private const string LocalGazetteerField = "localGazetteer";

    // Pending bytes written out at about this size: memory for output stays one buffer, whatever the article.
    private const int FlushEvery = 1 << 16;

    private static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = Options.Encoder,
        SkipValidation = false,
    };

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
