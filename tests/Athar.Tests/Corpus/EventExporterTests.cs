using System.Text;
using System.Text.Json;
using Athar.Corpus.Export;
using Athar.Places;
using Athar.Store;
using Athar.Tests.Store;
using Athar.Time;
using CsvHelper;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Athar.Tests.Corpus;

public sealed class EventExporterTests : IDisposable
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    private readonly StoreFixture _store = new();

    public EventExporterTests() => _store.SaveNews();

    public void Dispose() => _store.Dispose();

    private byte[] Export(ExportFormat format, EventQuery? query = null)
    {
        var details = _store.Store.AllEvents(query ?? new EventQuery()).Select(e => _store.Store.GetEvent(e.Id)!);
        using var output = new MemoryStream();
        EventExporter.Write(details, format, output);
        return output.ToArray();
    }

    [Fact]
    public void Csv_parses_back_with_ACLED_columns_and_Arabic_text_intact()
    {
        using var reader = CsvReader.Create(Export(ExportFormat.Csv), CsvReaderOptions.Default with { Separator = ',' });
        Assert.Equal(AcledRow.Header, reader.Headers);
        var rows = new List<Dictionary<string, string?>>();
        foreach (var row in reader)
            rows.Add(row.ToDictionary());
        Assert.Equal(2, rows.Count);
        var strike = rows.Single(r => r["athar_type"] == "air_strike");
        Assert.Equal("2023-03-14", strike["event_date"]);
        Assert.Equal("1", strike["time_precision"]);
        Assert.Equal("Explosions/Remote violence", strike["event_type"]);
        Assert.Equal("Air/drone strike", strike["sub_event_type"]);
        Assert.Equal(("International Coalition", "Islamic State"), (strike["actor1"], strike["actor2"]));
        Assert.Equal(("Syria", "SY", "Idlib", "Sarmada"), (strike["country"], strike["country_code"], strike["admin1"], strike["location"]));
        Assert.Equal(36.1833, double.Parse(strike["latitude"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("1", "2"), (strike["geo_precision"], strike["fatalities"]));
        Assert.Equal("alpha-news.example; beta.example; gamma.example", strike["sources"]);
        Assert.Equal(("3", "2"), (strike["source_count"], strike["independent_sources"]));
        Assert.StartsWith("قُتل قياديان في تنظيم داعش، صباح الثلاثاء", strike["notes"], StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_fields_a_spreadsheet_would_run_as_formulas_are_escaped()
    {
        var d = HandMade.Article("=HYPERLINK(\"http://evil.example\") قصف على منبج واستهداف لقرية مجاورة في الريف الشمالي لمدينة منبج", "evil", null, NewsFixtures.Day);
        var manbij = HandMade.Place(d, "منبج", Gazetteer.Manbij);
        d.SetLayer([manbij]);
        d.SetLayer([HandMade.Event(d, "e1", Athar.Events.EventType.Shelling, "قصف", HandMade.When(new DateOnly(2024, 1, 2)), manbij)]);
        _store.Store.Save([HandMade.Analysed(d)]);
        var text = Encoding.UTF8.GetString(Export(ExportFormat.Csv, new EventQuery { From = new DateOnly(2024, 1, 1) }));
        Assert.Contains("\"'=HYPERLINK", text, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoJson_is_a_valid_feature_collection_of_points_in_lon_lat_order()
    {
        var json = Export(ExportFormat.GeoJson);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        foreach (var f in features)
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
            Assert.Equal(2, f.GetProperty("geometry").GetProperty("coordinates").GetArrayLength());
        }
        var collection = JsonSerializer.Deserialize<FeatureCollection>(json, GeoJson)!;
        var strike = collection.Single(f => (string)f.Attributes["athar_type"] == "air_strike");
        var point = Assert.IsType<Point>(strike.Geometry);
        Assert.Equal((36.7167, 36.1833), (point.X, point.Y));
        Assert.True(point.IsValid);
    }

    [Fact]
    public void GeoJson_leaves_out_events_without_a_place_and_says_how_many()
    {
        var d = HandMade.Article("اعتقلت قوات الأمن ثلاثة مشتبهين بالانتماء إلى خلية نائمة، وفق بيان لوزارة الداخلية صدر اليوم.", "noplace", null, NewsFixtures.Day);
        d.SetLayer([HandMade.Event(d, "e1", Athar.Events.EventType.Arrest, "اعتقلت", HandMade.When(NewsFixtures.Day), null)]);
        _store.Store.Save([HandMade.Analysed(d)]);
        var details = _store.Store.AllEvents(new EventQuery()).Select(e => _store.Store.GetEvent(e.Id)!).ToList();
        using var output = new MemoryStream();
        var summary = EventExporter.Write(details, ExportFormat.GeoJson, output);
        Assert.Equal((2, 1), (summary.Written, summary.WithoutPlace));
    }

    [Fact]
    public void Jsonl_gives_one_event_per_line_with_all_its_sources()
    {
        var lines = Encoding.UTF8.GetString(Export(ExportFormat.Jsonl)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var strike = lines.Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("event").GetProperty("type").GetString() == "air_strike");
        Assert.Equal(3, strike.GetProperty("sources").GetArrayLength());
        Assert.Equal("بغارة", strike.GetProperty("sources")[0].GetProperty("report").GetProperty("trigger").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(DatePrecision.Day, 1)]
    [InlineData(DatePrecision.Days, 2)]
    [InlineData(DatePrecision.Week, 2)]
    [InlineData(DatePrecision.MonthPart, 3)]
    [InlineData(DatePrecision.Month, 3)]
    [InlineData(DatePrecision.Year, 3)]
    public void Time_precision_maps_to_ACLED_codes(DatePrecision precision, int code) => Assert.Equal(code, AcledPrecision.Time(precision));

    [Theory]
    [InlineData(PlacePrecision.Village, 1)]
    [InlineData(PlacePrecision.City, 1)]
    [InlineData(PlacePrecision.Subdistrict, 2)]
    [InlineData(PlacePrecision.District, 2)]
    [InlineData(PlacePrecision.Province, 3)]
    [InlineData(PlacePrecision.Country, 3)]
    public void Geo_precision_maps_to_ACLED_codes(PlacePrecision precision, int code) => Assert.Equal(code, AcledPrecision.Geo(precision));
}
