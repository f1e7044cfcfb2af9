using System.Globalization;
using Athar.Corpus;
using Athar.Events;
using Athar.Input;
using Athar.Places;
using Athar.Store;

namespace Athar.Watch;

/// <summary>A circle around a named place: its name as given, its point, and the radius in kilometres.</summary>
public sealed record Radius(string Place, double Lat, double Lon, double Km)
{
    public const double MaxKm = 2000;

    /// <summary>The circle around a place the gazetteer knows (by id or name); a user error otherwise.</summary>
    public static Radius Around(string place, double km, Gazetteer gazetteer)
    {
        if (!double.IsFinite(km) || km <= 0 || km > MaxKm)
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"invalid radius {km}: give kilometres between 0 and {MaxKm}"));
        var name = place.Trim();
        // «30 km around Idlib» means around the city, not the governorate's centroid: settlements first, then the most populous.
        var entry = gazetteer.Find(name)
            ?? gazetteer.Lookup(name).OrderByDescending(p => p.IsSettlement).ThenByDescending(p => p.Population).FirstOrDefault()
            ?? throw new UserInputException($"unknown place '{place}' for --near: give a place the gazetteer knows (إدلب, Idlib, or a gazetteer id)");
        return new Radius(name, entry.Lat, entry.Lon, km);
    }

    public bool Contains(double lat, double lon) => Geo.DistanceKm(Lat, Lon, lat, lon) <= Km;

    /// <summary>A box holding the circle: the store narrows by it, the circle decides.</summary>
    public BoundingBox Box()
    {
        var dLat = Km / 111.0;
        var dLon = Km / (111.0 * Math.Max(0.01, Math.Cos(Lat * Math.PI / 180)));
        return new BoundingBox(Math.Max(-180, Lon - dLon), Math.Max(-90, Lat - dLat), Math.Min(180, Lon + dLon), Math.Min(90, Lat + dLat));
    }
}

/// <summary>
/// What a watch-list watches: the filters of `athar export` (dates, country, place, actor, types, box, least
/// independent sources), a radius around a place, words the reporting article must hold, and whether
/// whereabouts claims count as well as events.
/// </summary>
public sealed record WatchFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Country { get; init; }
    public string? Place { get; init; }
    public string? Actor { get; init; }
    public IReadOnlyList<string>? Types { get; init; }
    public BoundingBox? Bbox { get; init; }
    public Radius? Near { get; init; }
    public int MinSources { get; init; } = 1;
    public string? Words { get; init; }
    public bool Claims { get; init; }

    /// <summary>The filter from an export query: the same parsing, the same meaning.</summary>
    public static WatchFilter Of(EventQuery query) => new()
    {
        From = query.From,
        To = query.To,
        Country = query.Country,
        Place = query.Place,
        Actor = query.Actor,
        Types = query.Types?.Select(EventTypes.Name).ToList(),
        Bbox = query.Bbox,
        MinSources = Math.Max(1, query.MinIndependentSources),
    };

    /// <summary>The store query for the events this filter selects among the given articles' (the radius is applied after).</summary>
    public EventQuery Query(IReadOnlyCollection<long> articleIds) => new EventQuery
    {
        From = From,
        To = To,
        Country = Country,
        Place = Place,
        Actor = Actor,
        Types = Types is { Count: > 0 } types ? EventQuery.ParseTypes(types) : null,
        Bbox = Bbox ?? Near?.Box(),
        MinIndependentSources = MinSources,
        ArticleIds = articleIds,
        Limit = EventQuery.MaxLimit,
    }.Validated();

    /// <summary>Whether a point passes the box and the radius (an unknown point passes only when neither is set).</summary>
    public bool Holds(double? lat, double? lon)
    {
        if (Bbox is null && Near is null)
            return true;
        if (lat is not { } y || lon is not { } x)
            return false;
        var inBox = Bbox is not { } b || (y >= b.South && y <= b.North && (b.West <= b.East ? x >= b.West && x <= b.East : x >= b.West || x <= b.East));
        return inBox && (Near is null || Near.Contains(y, x));
    }

    /// <summary>Whether a date interval overlaps [From, To] (an undated fact passes only without date filters).</summary>
    public bool Overlaps(DateOnly? start, DateOnly? end)
    {
        if (From is null && To is null)
            return true;
        if (start is not { } s)
            return false;
        return (From is not { } f || (end ?? s) >= f) && (To is not { } t || s <= t);
    }

    /// <summary>A one-line description for lists: «actor=isis near=إدلب(30 km) claims».</summary>
    public string Describe()
    {
        var c = CultureInfo.InvariantCulture;
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
                parts.Add($"{name}={value}");
        }
        Add("actor", Actor);
        Add("place", Place);
        Add("country", Country);
        Add("type", Types is { Count: > 0 } t ? string.Join(',', t) : null);
        Add("bbox", Bbox is { } b ? string.Create(c, $"{b.West},{b.South},{b.East},{b.North}") : null);
        Add("near", Near is { } n ? string.Create(c, $"{n.Place}({n.Km:0.#} km)") : null);
        Add("from", From?.ToString("yyyy-MM-dd", c));
        Add("to", To?.ToString("yyyy-MM-dd", c));
        Add("min-sources", MinSources > 1 ? MinSources : null);
        Add("words", Words is null ? null : $"«{Words}»");
        if (Claims)
            parts.Add("claims");
        return parts.Count == 0 ? "everything" : string.Join(' ', parts);
    }
}
