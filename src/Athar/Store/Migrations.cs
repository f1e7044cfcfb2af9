using Athar.Input;
using Microsoft.Data.Sqlite;

namespace Athar.Store;

/// <summary>
/// The store's schema as ordered migrations. A store records every version applied in schema_version; opening
/// it applies the missing ones, each in its own transaction. Never edit a released migration: add the next one.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<(int Version, string Description, string Sql)> All =
    [
        (1, "articles, layers, mentions, reports, fused events, claims, near-duplicate bands", V1),
        (2, "injured kept apart from fatalities on fused events; the write-only evidence table dropped (reports keep their spans in record_json)",
            "ALTER TABLE events ADD COLUMN injured INTEGER; DROP TABLE evidence;"),
        (3, Watch.Storage.WatchTables.Description, Watch.Storage.WatchTables.Sqlite),
        (4, "linear fusion: each event's running tally, its independent witnesses and its distinct fusion signatures (filled from the reports on opening)",
            """
            CREATE TABLE event_tallies (
                event_id INTEGER PRIMARY KEY REFERENCES events(id),
                state TEXT NOT NULL
            );
            CREATE TABLE event_witnesses (
                event_id INTEGER NOT NULL REFERENCES events(id),
                witness TEXT NOT NULL,
                PRIMARY KEY (event_id, witness)
            ) WITHOUT ROWID;
            CREATE TABLE event_signatures (
                id INTEGER PRIMARY KEY,
                event_id INTEGER NOT NULL REFERENCES events(id),
                signature TEXT NOT NULL,
                type TEXT NOT NULL,
                date_start TEXT NOT NULL,
                date_end TEXT NOT NULL,
                record_json TEXT NOT NULL,
                UNIQUE (event_id, signature)
            );
            CREATE INDEX ix_event_signatures_type_date ON event_signatures(type, date_start);
            CREATE INDEX ix_reports_event_document ON reports(event_id, document_id);
            """),
    ];

    public static int Latest => All[^1].Version;

    /// <summary>The first version whose events carry running tallies: a store opened from before has them filled in.</summary>
    public const int FirstWithTallies = 4;

    public static int Current(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if ((long)command.ExecuteScalar()! == 0)
            return 0;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return (int)(long)command.ExecuteScalar()!;
    }

    /// <summary>Brings the schema up to date; returns the version it had before.</summary>
    public static int Apply(SqliteConnection connection, string path)
    {
        var current = Current(connection);
        var before = current;
        if (current > Latest)
            throw new UserInputException($"{path} has schema version {current}, newer than this Athar knows ({Latest}): upgrade Athar");
        foreach (var (version, description, sql) in All.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
            command.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, @t)";
            command.Parameters.AddWithValue("@v", version);
            command.Parameters.AddWithValue("@d", description);
            command.Parameters.AddWithValue("@t", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
            transaction.Commit();
        }
        return before;
    }

    private const string V1 = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );

        -- One row per distinct article content. outlet is the URL's host: the source as ACLED lists it.
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            external_id TEXT,
            url TEXT,
            title TEXT,
            published TEXT,
            language TEXT,
            outlet TEXT,
            source_path TEXT,
            text TEXT NOT NULL,
            length INTEGER NOT NULL,
            ingested_at TEXT NOT NULL,
            minhash BLOB,
            duplicate_of INTEGER REFERENCES documents(id),
            similarity REAL,
            indexed INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX ix_documents_published ON documents(published);
        CREATE INDEX ix_documents_not_indexed ON documents(id) WHERE indexed = 0;
        CREATE INDEX ix_documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

        -- MinHash bands: articles sharing a band key are near-duplicate candidates.
        CREATE TABLE minhash_bands (
            band_key INTEGER NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id)
        );
        CREATE INDEX ix_minhash_bands_key ON minhash_bands(band_key);

        -- Every listed layer of the analysed document as a JSON array (the result document's), in text order.
        CREATE TABLE layers (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            layer TEXT NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (document_id, layer)
        ) WITHOUT ROWID;

        -- Actors, places and hashtags named in articles, keyed for counting and lookup.
        CREATE TABLE mentions (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            label TEXT NOT NULL,
            form TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            entity_id TEXT,
            entity_kind TEXT,
            country TEXT,
            lat REAL,
            lon REAL
        );
        CREATE INDEX ix_mentions_kind_key ON mentions(kind, key);
        CREATE INDEX ix_mentions_kind_form ON mentions(kind, form);
        CREATE INDEX ix_mentions_document ON mentions(document_id);

        -- Fused events: one row per incident, its fields chosen from its reports.
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            date_start TEXT,
            date_end TEXT,
            date_precision TEXT,
            lat REAL,
            lon REAL,
            country TEXT,
            admin1 TEXT,
            place_name TEXT,
            place_name_ar TEXT,
            place_precision TEXT,
            gazetteer_id TEXT,
            place_form TEXT,
            agent_key TEXT,
            agent_id TEXT,
            agent_name TEXT,
            agent_kind TEXT,
            target_key TEXT,
            target_id TEXT,
            target_name TEXT,
            target_kind TEXT,
            fatalities INTEGER,
            fatalities_max INTEGER,
            certainty TEXT NOT NULL,
            sources INTEGER NOT NULL,
            independent_sources INTEGER NOT NULL,
            summary TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX ix_events_date ON events(date_start);
        CREATE INDEX ix_events_type_date ON events(type, date_start);
        CREATE INDEX ix_events_country_date ON events(country, date_start);
        CREATE INDEX ix_events_lat_lon ON events(lat, lon);
        CREATE INDEX ix_events_place_form ON events(place_form);

        -- Every actor any report of an event names, for the actor filter and whereabouts.
        CREATE TABLE event_actors (
            event_id INTEGER NOT NULL REFERENCES events(id),
            actor_key TEXT NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (event_id, actor_key, role)
        ) WITHOUT ROWID;
        CREATE INDEX ix_event_actors_key ON event_actors(actor_key, event_id);

        -- One article's report of an event (the EventRecord), with the columns fusion looks up.
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            event_id INTEGER NOT NULL REFERENCES events(id),
            local_id TEXT NOT NULL,
            type TEXT NOT NULL,
            date_start TEXT,
            date_end TEXT,
            lat REAL,
            lon REAL,
            country TEXT,
            record_json TEXT NOT NULL
        );
        CREATE INDEX ix_reports_event ON reports(event_id);
        CREATE INDEX ix_reports_document ON reports(document_id);
        CREATE INDEX ix_reports_type_date ON reports(type, date_start);

        -- The spans behind each report: trigger, evidence mentions, place, actors, counts, attribution.
        CREATE TABLE evidence (
            report_id INTEGER NOT NULL REFERENCES reports(id),
            role TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX ix_evidence_report ON evidence(report_id);

        -- Whereabouts claims, keyed by the actor they are about.
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            actor_key TEXT NOT NULL,
            movement TEXT NOT NULL,
            place_name TEXT NOT NULL,
            country TEXT,
            lat REAL,
            lon REAL,
            date_start TEXT,
            date_end TEXT,
            certainty TEXT NOT NULL,
            text TEXT NOT NULL,
            claim_json TEXT NOT NULL
        );
        CREATE INDEX ix_claims_actor ON claims(actor_key);
        CREATE INDEX ix_claims_document ON claims(document_id);
        """;
}
