using System.Text.Json;
using Athar.Output;
using Athar.Store;
using CsvHelper;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Athar.Corpus.Export;

public enum ExportFormat
{
    Csv,
    GeoJson,
    Jsonl,
}

/// <summary>What an export wrote, and how many events it could not put on a map (GeoJSON needs a place).</summary>
public sealed record ExportSummary(int Written, int WithoutPlace);

/// <summary>
/// Writes fused events: ACLED-style RFC 4180 CSV (CsvHelper; text fields a spreadsheet would run as a
/// formula are escaped, since article text is hostile), a GeoJSON FeatureCollection of points
/// (NetTopologySuite; events without a place are counted, not written), or JSON lines with every source.
/// </summary>
public static class EventExporter
{
    private static readonly JsonSerializerOptions GeoJsonOptions = CreateGeoJsonOptions();

    public static ExportSummary Write(IEnumerable<EventDetail> events, ExportFormat format, Stream output) => format switch
    {
        ExportFormat.Csv => WriteCsv(events, output),
        ExportFormat.GeoJson => WriteGeoJson(events, output),
        _ => WriteJsonl(events, output),
    };

    private static ExportSummary WriteCsv(IEnumerable<EventDetail> events, Stream output)
    {
        var options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };
        using var csv = CsvWriter.Create(output, options, leaveOpen: true);
        csv.WriteHeader([.. AcledRow.Header]);
        var written = 0;
        foreach (var detail in events)
        {
            foreach (var value in AcledRow.From(detail).Values)
            {
                switch (value)
                {
                    case int i:
                        csv.WriteField(i, default);
                        break;
                    case double d:
                        csv.WriteField(d, default);
                        break;
                    default:
                        csv.WriteField((string?)value);
                        break;
                }
            }
            csv.EndRecord();
            written++;
        }
        return new ExportSummary(written, 0);
    }

    private static ExportSummary WriteGeoJson(IEnumerable<EventDetail> events, Stream output)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var collection = new FeatureCollection();
        var withoutPlace = 0;
        foreach (var detail in events)
        {
            var r = AcledRow.From(detail);
            if (r.Latitude is not { } lat || r.Longitude is not { } lon)
            {
                withoutPlace++;
                continue;
            }
            var attributes = new AttributesTable();
            foreach (var (name, value) in AcledRow.Header.Zip(r.Values))
            {
                if (name is not ("latitude" or "longitude"))
                    attributes.Add(name, value);
            }
            collection.Add(new Feature(factory.CreatePoint(new Coordinate(lon, lat)), attributes));
        }
        JsonSerializer.Serialize(output, collection, GeoJsonOptions);
        return new ExportSummary(collection.Count, withoutPlace);
    }

    private static ExportSummary WriteJsonl(IEnumerable<EventDetail> events, Stream output)
    {
        var written = 0;
        foreach (var detail in events)
        {
            JsonSerializer.Serialize(output, detail, ResultJson.Compact);
            output.WriteByte((byte)'\n');
            written++;
        }
        return new ExportSummary(written, 0);
    }

    private static JsonSerializerOptions CreateGeoJsonOptions()
    {
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
