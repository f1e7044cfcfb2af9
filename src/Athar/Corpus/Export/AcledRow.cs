using System.Globalization;
using Athar.Events;
using Athar.Places;
using Athar.Store;
using Athar.Time;

namespace Athar.Corpus.Export;

/// <summary>
/// A fused event in ACLED's columns (plus a few of Athar's at the end). Dates are ISO yyyy-MM-dd; an interval
/// is coded by its middle day, as ACLED codes a week or a month.
/// </summary>
public sealed record AcledRow(
    string EventId,
    string? EventDate,
    int? TimePrecision,
    string EventType,
    string SubEventType,
    string? Actor1,
    string? Actor2,
    string? Country,
    string? Admin1,
    string? Location,
    double? Latitude,
    double? Longitude,
    int? GeoPrecision,
    int? Fatalities,
    string Sources,
    string SourceUrls,
    string Notes,
    string? CountryCode,
    string? DateStart,
    string? DateEnd,
    int SourceCount,
    int IndependentSources,
    string Certainty,
    string AtharType,
    int? Injured)
{
    public static readonly IReadOnlyList<string> Header =
    [
        "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
        "location", "latitude", "longitude", "geo_precision", "fatalities", "sources", "source_urls", "notes",
        "country_code", "date_start", "date_end", "source_count", "independent_sources", "certainty", "athar_type", "injured",
    ];

    public static AcledRow From(EventDetail detail)
    {
        var e = detail.Event;
        var when = e.When;
        var where = e.Where;
        var sources = detail.Sources.Select(s => s.Article).ToList();
        return new AcledRow(
            IdOf(e.Id),
            when is null ? null : Iso(Middle(when.Start, when.End)),
            when is null ? null : AcledPrecision.Time(when.Precision),
            e.Acled.EventType,
            e.Acled.SubEventType,
            e.Agent?.Name,
            e.Target?.Name,
            where is null ? null : CountryName(where.Country),
            where?.Admin1,
            where?.Name,
            where?.Lat,
            where?.Lon,
            where is null ? null : AcledPrecision.Geo(where.Precision),
            e.Fatalities,
            string.Join("; ", sources.Select(a => a.Outlet ?? a.Title ?? a.ExternalId ?? $"article {a.Id}").Distinct(StringComparer.Ordinal)),
            string.Join("; ", sources.Select(a => a.Url).Where(u => u is not null).Distinct(StringComparer.Ordinal)),
            e.Summary,
            where?.Country,
            when is null ? null : Iso(when.Start),
            when is null ? null : Iso(when.End),
            e.Sources,
            e.IndependentSources,
            e.Certainty.ToString().ToLowerInvariant(),
            EventTypes.Name(e.Type),
            e.Injured);
    }

    /// <summary>The exported id of a stored event: «ATH» and its number.</summary>
    public static string IdOf(long id) => EventIds.Format(id);

    /// <summary>The values in <see cref="Header"/> order.</summary>
    public IReadOnlyList<object?> Values =>
    [
        EventId, EventDate, TimePrecision, EventType, SubEventType, Actor1, Actor2, Country, Admin1,
        Location, Latitude, Longitude, GeoPrecision, Fatalities, Sources, SourceUrls, Notes,
        CountryCode, DateStart, DateEnd, SourceCount, IndependentSources, Certainty, AtharType, Injured,
    ];

    private static DateOnly Middle(DateOnly start, DateOnly end) => start.AddDays((end.DayNumber - start.DayNumber) / 2);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);


    /// <summary>ACLED writes the country's name: «Syria» for SY (the ISO code stays in country_code).</summary>
    public static string CountryName(string iso2)
    {
        try
        {
            return new RegionInfo(iso2).EnglishName;
        }
        catch (ArgumentException)
        {
            return iso2;
        }
    }
}

/// <summary>
/// ACLED's precision codes from Athar's named precisions. Time: 1 = the day is known (day); 2 = a few days
/// or a week (days, week); 3 = a month or part of one (month-part, month) — and, coarser than ACLED codes
/// at all, a season or a year (year-part, year) also get 3. Geo: 1 = the town or village itself (village,
/// town, city); 2 = a part of a region, near a town (subdistrict, district); 3 = only a province, region or
/// the country is known (province, region, country).
/// </summary>
public static class AcledPrecision
{
    public static int Time(DatePrecision p) => p switch
    {
        DatePrecision.Day => 1,
        DatePrecision.Days or DatePrecision.Week => 2,
        _ => 3,
    };

    public static int Geo(PlacePrecision p) => p switch
    {
        PlacePrecision.Village or PlacePrecision.Town or PlacePrecision.City => 1,
        PlacePrecision.Subdistrict or PlacePrecision.District => 2,
        _ => 3,
    };
}
