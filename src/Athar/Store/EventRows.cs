using System.Data.Common;
using Athar.Actors;
using Athar.Attribution;
using Athar.Corpus;
using Athar.Events;
using Athar.Places;
using Athar.Time;

namespace Athar.Store;

/// <summary>Reads and writes the events table (fused events) as <see cref="EventSummary"/> values.</summary>
internal static class EventRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order, for a table aliased «e»; a query's own columns follow at <see cref="Count"/>.</summary>
    public const string Columns = """
        e.id, e.type, e.date_start, e.date_end, e.date_precision, e.place_name, e.place_name_ar, e.country, e.admin1,
        e.lat, e.lon, e.place_precision, e.gazetteer_id, e.agent_key, e.agent_id, e.agent_name, e.agent_kind,
        e.target_key, e.target_id, e.target_name, e.target_kind, e.fatalities, e.fatalities_max, e.certainty,
        e.sources, e.independent_sources, e.summary, e.injured
        """;

    /// <summary>How many columns <see cref="Columns"/> has.</summary>
    public const int Count = 28;

    public static EventSummary Read(DbDataReader r)
    {
        var type = EventTypes.Parse(r.GetString(1));
        var start = r.Date(2);
        var when = start is { } s ? new EventDates(s, r.Date(3) ?? s, StoreText.ParseEnum<DatePrecision>(r.GetString(4))) : null;
        var where = r.IsDBNull(5) ? null : new EventPlace(
            r.GetString(5), r.Text(6), r.GetString(7), r.Text(8), r.GetDouble(9), r.GetDouble(10),
            StoreText.ParseEnum<PlacePrecision>(r.GetString(11)), r.Text(12));
        return new EventSummary(
            r.GetInt64(0), type, EventTypes.ToAcled(type), when, where, Party(r, 13), Party(r, 17),
            r.Int(21), r.Int(22), StoreText.ParseEnum<Certainty>(r.GetString(23)), r.GetInt32(24), r.GetInt32(25), r.GetString(26))
        { Injured = r.Int(27) };
    }

    private static EventParty? Party(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : new EventParty(r.GetString(i), r.Text(i + 1), r.GetString(i + 2), StoreText.ParseEnum<ActorKind>(r.GetString(i + 3)));

    public static void Update(SqlRunner sql, EventSummary e) => sql.Defer(
        """
        UPDATE events SET type = @type, date_start = @ds, date_end = @de, date_precision = @dp,
            lat = @lat, lon = @lon, country = @country, admin1 = @admin1, place_name = @pn, place_name_ar = @pna,
            place_precision = @pp, gazetteer_id = @gid, place_form = @pf,
            agent_key = @ak, agent_id = @ai, agent_name = @an, agent_kind = @akind,
            target_key = @tk, target_id = @ti, target_name = @tn, target_kind = @tkind,
            fatalities = @f, fatalities_max = @fmax, injured = @inj, certainty = @c, sources = @s, independent_sources = @is,
            summary = @summary, updated_at = @u
        WHERE id = @id
        """,
        ("@id", e.Id), ("@type", EventTypes.Name(e.Type)),
        ("@ds", StoreText.Date(e.When?.Start)), ("@de", StoreText.Date(e.When?.End)), ("@dp", StoreText.Enum(e.When?.Precision)),
        ("@lat", e.Where?.Lat), ("@lon", e.Where?.Lon), ("@country", e.Where?.Country), ("@admin1", e.Where?.Admin1),
        ("@pn", e.Where?.Name), ("@pna", e.Where?.NameAr), ("@pp", StoreText.Enum(e.Where?.Precision)), ("@gid", e.Where?.GazetteerId),
        ("@pf", e.Where is { } w ? Text.MatchingForm.OfPhrase(w.NameAr ?? w.Name) : null),
        ("@ak", e.Agent?.Key), ("@ai", e.Agent?.Id), ("@an", e.Agent?.Name), ("@akind", StoreText.Enum(e.Agent?.Kind)),
        ("@tk", e.Target?.Key), ("@ti", e.Target?.Id), ("@tn", e.Target?.Name), ("@tkind", StoreText.Enum(e.Target?.Kind)),
        ("@f", e.Fatalities), ("@fmax", e.FatalitiesMax), ("@inj", e.Injured), ("@c", StoreText.Enum(e.Certainty)),
        ("@s", e.Sources), ("@is", e.IndependentSources), ("@summary", e.Summary),
        ("@u", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
}
