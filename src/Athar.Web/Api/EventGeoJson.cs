using System.Text.Json;
using Athar.Corpus;
using Athar.Events;
using Athar.Store;

namespace Athar.Web.Api;

/// <summary>What a map marker needs to know of an event (the GeoJSON feature's properties; the summary text stays in /api/events: 5,000 markers would carry 1.5 MB of it).</summary>
public sealed record EventProperties(
    EventType Type, string AcledType, string AcledSubType, DateOnly? Start, DateOnly? End, Time.DatePrecision? Precision,
    string Place, string? PlaceAr, string Country, string? Admin1, Places.PlacePrecision PlacePrecision,
    string? Agent, string? Target, int? Fatalities, Attribution.Certainty Certainty, int Sources, int IndependentSources)
{
    public static EventProperties Of(EventSummary e, EventPlace where) => new(
        e.Type, e.Acled.EventType, e.Acled.SubEventType, e.When?.Start, e.When?.End, e.When?.Precision,
        where.Name, where.NameAr, where.Country, where.Admin1, where.Precision,
        e.Agent?.Name, e.Target?.Name, e.Fatalities, e.Certainty, e.Sources, e.IndependentSources);
}

/// <summary>
/// Events as an RFC 7946 FeatureCollection of points (longitude, latitude), written as it is read, page by
/// page. Foreign members say how complete it is: total (events matching), returned, withoutPlace (matching
/// events that cannot be drawn), truncated (the limit was reached).
/// </summary>
internal sealed class EventGeoJson(EventQuery query, int limit, ReadSessions sessions) : IResult
{
    public const int DefaultLimit = 5000;
    public const int MaxLimit = 50_000;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/geo+json; charset=utf-8";
        // The pipe writer buffers in memory: the serializer's own flushes never block on the socket.
        var body = httpContext.Response.BodyWriter;
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = ResultJson.Compact.Encoder });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        var (total, returned, withoutPlace) = (0, 0, 0);
        var page = query with { Offset = 0, Limit = EventQuery.MaxLimit };
        while (returned + withoutPlace < limit)
        {
            var result = sessions.Read(s => s.Store.QueryEvents(page with { Limit = Math.Min(page.Limit, limit - returned - withoutPlace) }));
            total = result.Total;
            foreach (var e in result.Items)
            {
                if (e.Where is not { } where)
                {
                    withoutPlace++;
                    continue;
                }
                WriteFeature(json, e, where);
                returned++;
            }
            json.Flush();
            await body.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
            if (result.Items.Count < result.Limit)
                break;
            page = page with { Offset = page.Offset + result.Items.Count };
        }
        json.WriteEndArray();
        json.WriteNumber("total", total);
        json.WriteNumber("returned", returned);
        json.WriteNumber("withoutPlace", withoutPlace);
        json.WriteBoolean("truncated", returned + withoutPlace < total);
        json.WriteEndObject();
    }

    private static void WriteFeature(Utf8JsonWriter json, EventSummary e, EventPlace where)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteNumber("id", e.Id);
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(Math.Round(where.Lon, 5));
        json.WriteNumberValue(Math.Round(where.Lat, 5));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WritePropertyName("properties");
        JsonSerializer.Serialize(json, EventProperties.Of(e, where), ResultJson.Compact);
        json.WriteEndObject();
    }
}
