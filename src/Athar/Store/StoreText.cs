using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Athar.Output;

namespace Athar.Store;

/// <summary>How values are written in store columns: dates as ISO text, enums by their names in the result JSON ("air_strike", "month-part").</summary>
internal static class StoreText
{
    private static readonly ConcurrentDictionary<(Type, string), object> Parsed = new();

    public static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Enum<T>(T value) where T : struct, System.Enum =>
        JsonSerializer.Serialize(value, ResultJson.Compact).Trim('"');

    public static string? Enum<T>(T? value) where T : struct, System.Enum => value is { } v ? Enum(v) : null;

    public static T ParseEnum<T>(string text) where T : struct, System.Enum =>
        (T)Parsed.GetOrAdd((typeof(T), text), key => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(key.Item2), ResultJson.Compact)!);

    public static T? ParseEnumOrNull<T>(string? text) where T : struct, System.Enum => text is null ? null : ParseEnum<T>(text);
}
