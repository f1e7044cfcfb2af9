using Npgsql;

namespace Athar.Store.Postgres;

/// <summary>
/// The server store's schema as ordered migrations, the same tables as the SQLite store's (text dates, the same
/// columns, so the shared SQL runs on both) plus what a server adds: PostGIS points with GiST indexes, the search
/// vector with its GIN index, and the shared ingest queue. Workers starting together migrate one at a time (an
/// advisory lock). Never edit a released migration: add the next one.
/// </summary>
internal static class PostgresMigrations
{
    private const long MigrationLock = 0x417468_6172_0001; // "Athar" 1

    public static readonly IReadOnlyList<(int Version, string Description, string Sql)> All =
    [
        (1, "articles with their search vector, layers, mentions, reports, fused events with tallies, witnesses and signatures, claims, near-duplicate bands, the ingest queue; PostGIS points", V1),
        (2, Watch.Storage.WatchTables.Description, Watch.Storage.WatchTables.Postgres),
    ];

    public static int Latest => All[^1].Version;

    public static int Current(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection);
        if (!(bool)command.ExecuteScalar()!)
            return 0;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return (int)command.ExecuteScalar()!;
    }

    public static void Apply(NpgsqlConnection connection, string where)
    {
        using (var locking = new NpgsqlCommand("SELECT pg_advisory_lock(@k)", connection))
        {
            locking.Parameters.AddWithValue("k", MigrationLock);
            locking.ExecuteNonQuery();
        }
        try
        {
            var current = Current(connection);
            if (current > Latest)
                throw new Input.UserInputException($"{where} has schema version {current}, newer than this Athar knows ({Latest}): upgrade Athar");
            foreach (var (version, description, sql) in All.Where(m => m.Version > current))
            {
                using var transaction = connection.BeginTransaction();
                using var command = new NpgsqlCommand(sql, connection, transaction);
                command.ExecuteNonQuery();
                command.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, now()::text)";
                command.Parameters.AddWithValue("v", version);
                command.Parameters.AddWithValue("d", description);
                command.ExecuteNonQuery();
                transaction.Commit();
            }
        }
        finally
        {
            using var unlocking = new NpgsqlCommand("SELECT pg_advisory_unlock(@k)", connection);
            unlocking.Parameters.AddWithValue("k", MigrationLock);
            unlocking.ExecuteNonQuery();
        }
    }

    private const string V1 = """
        CREATE EXTENSION IF NOT EXISTS postgis;

        CREATE TABLE IF NOT EXISTS schema_version (
            version integer PRIMARY KEY,
            description text NOT NULL,
            applied_at text NOT NULL
        );

        -- search: the article's terms as Athar's Arabic analysis makes them (ArticleSearchVector), so one index serves every worker.
        CREATE TABLE documents (
            id bigserial PRIMARY KEY,
            content_hash text NOT NULL UNIQUE,
            external_id text,
            url text,
            title text,
            published text,
            language text,
            outlet text,
            source_path text,
            text text NOT NULL,
            length integer NOT NULL,
            ingested_at text NOT NULL,
            minhash bytea,
            duplicate_of bigint REFERENCES documents(id),
            similarity double precision,
            indexed integer NOT NULL DEFAULT 0,
            search tsvector
        );
        CREATE INDEX ix_documents_published ON documents(published);
        CREATE INDEX ix_documents_not_indexed ON documents(id) WHERE indexed = 0;
        CREATE INDEX ix_documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;
        CREATE INDEX ix_documents_search ON documents USING gin(search);

        CREATE TABLE minhash_bands (
            band_key bigint NOT NULL,
            document_id bigint NOT NULL REFERENCES documents(id)
        );
        CREATE INDEX ix_minhash_bands_key ON minhash_bands(band_key);

        CREATE TABLE layers (
            document_id bigint NOT NULL REFERENCES documents(id),
            layer text NOT NULL,
            json text NOT NULL,
            PRIMARY KEY (document_id, layer)
        );

        CREATE TABLE mentions (
            document_id bigint NOT NULL REFERENCES documents(id),
            kind text NOT NULL,
            key text NOT NULL,
            label text NOT NULL,
            form text NOT NULL,
            start integer NOT NULL,
            "end" integer NOT NULL,
            entity_id text,
            entity_kind text,
            country text,
            lat double precision,
            lon double precision
        );
        CREATE INDEX ix_mentions_kind_key ON mentions(kind, key);
        CREATE INDEX ix_mentions_kind_form ON mentions(kind, form);
        CREATE INDEX ix_mentions_document ON mentions(document_id);

        CREATE TABLE events (
            id bigserial PRIMARY KEY,
            type text NOT NULL,
            date_start text,
            date_end text,
            date_precision text,
            lat double precision,
            lon double precision,
            geom geometry(Point, 4326) GENERATED ALWAYS AS (CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED,
            country text,
            admin1 text,
            place_name text,
            place_name_ar text,
            place_precision text,
            gazetteer_id text,
            place_form text,
            agent_key text,
            agent_id text,
            agent_name text,
            agent_kind text,
            target_key text,
            target_id text,
            target_name text,
            target_kind text,
            fatalities integer,
            fatalities_max integer,
            injured integer,
            certainty text NOT NULL,
            sources integer NOT NULL,
            independent_sources integer NOT NULL,
            summary text NOT NULL,
            updated_at text NOT NULL
        );
        CREATE INDEX ix_events_date ON events(date_start);
        CREATE INDEX ix_events_type_date ON events(type, date_start);
        CREATE INDEX ix_events_country_date ON events(country, date_start);
        CREATE INDEX ix_events_geom ON events USING gist(geom);
        CREATE INDEX ix_events_place_form ON events(place_form);

        CREATE TABLE event_actors (
            event_id bigint NOT NULL REFERENCES events(id),
            actor_key text NOT NULL,
            role text NOT NULL,
            PRIMARY KEY (event_id, actor_key, role)
        );
        CREATE INDEX ix_event_actors_key ON event_actors(actor_key, event_id);

        CREATE TABLE reports (
            id bigserial PRIMARY KEY,
            document_id bigint NOT NULL REFERENCES documents(id),
            event_id bigint NOT NULL REFERENCES events(id),
            local_id text NOT NULL,
            type text NOT NULL,
            date_start text,
            date_end text,
            lat double precision,
            lon double precision,
            country text,
            record_json text NOT NULL
        );
        CREATE INDEX ix_reports_event_document ON reports(event_id, document_id);
        CREATE INDEX ix_reports_document ON reports(document_id);

        -- Each event's running tally (ClusterTally as JSON), apart from the events rows the lists scan.
        CREATE TABLE event_tallies (
            event_id bigint PRIMARY KEY REFERENCES events(id),
            state text NOT NULL
        );

        CREATE TABLE event_witnesses (
            event_id bigint NOT NULL REFERENCES events(id),
            witness text NOT NULL,
            PRIMARY KEY (event_id, witness)
        );

        CREATE TABLE event_signatures (
            id bigserial PRIMARY KEY,
            event_id bigint NOT NULL REFERENCES events(id),
            signature text NOT NULL,
            type text NOT NULL,
            date_start text NOT NULL,
            date_end text NOT NULL,
            record_json text NOT NULL,
            UNIQUE (event_id, signature)
        );
        CREATE INDEX ix_event_signatures_type_date ON event_signatures(type, date_start);

        CREATE TABLE claims (
            id bigserial PRIMARY KEY,
            document_id bigint NOT NULL REFERENCES documents(id),
            actor_key text NOT NULL,
            movement text NOT NULL,
            place_name text NOT NULL,
            country text,
            lat double precision,
            lon double precision,
            geom geometry(Point, 4326) GENERATED ALWAYS AS (CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED,
            date_start text,
            date_end text,
            certainty text NOT NULL,
            text text NOT NULL,
            claim_json text NOT NULL
        );
        CREATE INDEX ix_claims_actor ON claims(actor_key);
        CREATE INDEX ix_claims_document ON claims(document_id);
        CREATE INDEX ix_claims_geom ON claims USING gist(geom);

        -- Articles read by some worker and not yet stored: workers claim rows with FOR UPDATE SKIP LOCKED, and a
        -- worker that dies leaves its rows (its transaction rolls back) for the others.
        CREATE TABLE ingest_queue (
            content_hash text PRIMARY KEY,
            origin text NOT NULL,
            source_path text,
            article_json text NOT NULL,
            queued_at text NOT NULL
        );
        """;
}
