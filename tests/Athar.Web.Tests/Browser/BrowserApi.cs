using System.Net.Http.Json;
using System.Text.Json;

namespace Athar.Web.Tests.Browser;

/// <summary>What the API says, to compare with what the pages show.</summary>
internal static class BrowserApi
{
    public static async Task<JsonElement> Json(this RunningServer server, string path) =>
        await server.Client.GetFromJsonAsync<JsonElement>(path);

    public static async Task<long> SarmadaStrike(this RunningServer server) =>
        (await server.Json("/api/events?type=air_strike&limit=1000")).GetProperty("items").EnumerateArray()
            .First(e => e.GetProperty("where") is { ValueKind: JsonValueKind.Object } where && where.GetProperty("name").GetString() == "Sarmada")
            .GetProperty("id").GetInt64();

    public static bool HasArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');
}
