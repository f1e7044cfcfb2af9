using System.Globalization;
using Athar.Events;
using Athar.Input;

namespace Athar.Store;

/// <summary>A latitude/longitude box (west, south, east, north in degrees); west &gt; east crosses the antimeridian.</summary>
public sealed record BoundingBox(double West, double South, double East, double North)
{
    /// <summary>Parses "west,south,east,north" (the order of GeoJSON and of most web maps).</summary>
    public static BoundingBox Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
            throw new UserInputException($"invalid bbox '{text}': expected west,south,east,north in degrees");
        var box = new BoundingBox(values[0], values[1], values[2], values[3]);
        if (values.Any(v => !double.IsFinite(v)) || box.South > box.North || Math.Abs(box.South) > 90 || Math.Abs(box.North) > 90
            || Math.Abs(box.West) > 180 || Math.Abs(box.East) > 180)
            throw new UserInputException($"invalid bbox '{text}': latitudes within ±90 with south ≤ north, longitudes within ±180");
        return box;
    }
}

/// <summary>
/// Filters and paging for the events list (the web API's /api/events maps onto it one to one). Every filter
/// is optional; dates select events whose interval overlaps [From, To]; Actor is a catalogue id or a name as
/// written in articles («داعش»); ArticleIds restricts to events reported by those articles (a text search).
/// </summary>
public sealed record EventQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public BoundingBox? Bbox { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }

    /// <summary>A place name (English or Arabic), gazetteer id or first-level admin unit.</summary>
    public string? Place { get; init; }

    public string? Actor { get; init; }
    public IReadOnlyList<EventType>? Types { get; init; }
    public IReadOnlyCollection<long>? ArticleIds { get; init; }
    public int MinIndependentSources { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>Checks ranges so a store never sees a nonsensical query (the web API answers 400 with the message).</summary>
    public EventQuery Validated()
    {
        if (Limit is < 1 or > MaxLimit)
            throw new UserInputException($"limit must be between 1 and {MaxLimit}");
        if (Offset < 0)
            throw new UserInputException("offset must not be negative");
        if (From is { } f && To is { } t && f > t)
            throw new UserInputException($"from ({f:yyyy-MM-dd}) is after to ({t:yyyy-MM-dd})");
        if (Country is { } c && (c.Length != 2 || !c.All(char.IsAsciiLetter)))
            throw new UserInputException($"invalid country '{c}': use an ISO 3166-1 alpha-2 code such as SY or IQ");
        return Country is null ? this : this with { Country = Country.ToUpperInvariant() };
    }

    /// <summary>Parses event type names as the contract writes them ("air_strike", "raid").</summary>
    public static IReadOnlyList<EventType> ParseTypes(IEnumerable<string> names) =>
        names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(n =>
        {
            try
            {
                var type = EventTypes.Parse(n);
                if (Enum.IsDefined(type) && n.Any(char.IsLetter))
                    return type;
            }
            catch (ArgumentException)
            {
            }
            throw new UserInputException($"unknown event type '{n}': use one of {string.Join(", ", Enum.GetValues<EventType>().Select(EventTypes.Name))}");
        }).Distinct().ToList();
}

/// <summary>One page of events and how many match in all.</summary>
public sealed record EventPage(IReadOnlyList<Corpus.EventSummary> Items, int Total, int Offset, int Limit);
