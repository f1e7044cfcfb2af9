using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Athar.Web.Tests.Api;

/// <summary>/api/events.geojson: a valid RFC 7946 FeatureCollection of the same events as /api/events.</summary>
[Collection(ApiCollection.Name)]
public sealed class GeoJsonApiTests(ApiFixture api)
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    [Fact]
    public async Task Is_a_feature_collection_that_netTopologySuite_reads_with_one_point_per_placed_event()
    {
        using var response = await api.Client.GetAsync("/api/events.geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var collection = JsonSerializer.Deserialize<FeatureCollection>(body, GeoJson)!;
        var events = (await api.Json("/api/events")).GetProperty("items").EnumerateArray().ToList();
        var placed = events.Where(e => e.GetProperty("where").ValueKind != JsonValueKind.Null).ToList();
        Assert.Equal(placed.Count, collection.Count);
        foreach (var feature in collection)
        {
            var point = Assert.IsType<Point>(feature.Geometry);
            Assert.InRange(point.X, -180, 180);
            Assert.InRange(point.Y, -90, 90);
        }
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.Equal(events.Count, root.GetProperty("total").GetInt32());
        Assert.False(root.GetProperty("truncated").GetBoolean());
        var byId = placed.ToDictionary(e => e.GetProperty("id").GetInt64());
        foreach (var feature in root.GetProperty("features").EnumerateArray())
        {
            var e = byId[feature.GetProperty("id").GetInt64()];
            var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
            Assert.Equal(e.GetProperty("where").GetProperty("lon").GetDouble(), coordinates[0].GetDouble(), 4);
            Assert.Equal(e.GetProperty("where").GetProperty("lat").GetDouble(), coordinates[1].GetDouble(), 4);
            Assert.Equal(e.GetProperty("type").GetString(), feature.GetProperty("properties").GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Takes_the_same_filters_as_the_list()
    {
        var listed = (await api.Json("/api/events?country=TR")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        var mapped = (await api.Json("/api/events.geojson?country=TR")).GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt64()).ToList();
        Assert.NotEmpty(mapped);
        Assert.Equal(listed, mapped);
    }

    [Fact]
    public async Task A_limit_below_the_matches_says_the_collection_is_truncated()
    {
        var geo = await api.Json("/api/events.geojson?limit=1");
        Assert.Single(geo.GetProperty("features").EnumerateArray());
        Assert.True(geo.GetProperty("truncated").GetBoolean());
        Assert.True(geo.GetProperty("total").GetInt32() > 1);
    }
}
