namespace Athar.Watch.Sqlite;

/// <summary>
/// The store's tables for watching: watch-lists, their digests and deliveries, and the state of polled feeds
/// and their items. Only new tables: nothing of the corpus schema changes.
/// </summary>
internal static class WatchTables
{
    public const string Description = "watch-lists, digests and their deliveries; polled feeds and the items taken from them";

    public const string Sql = """
        CREATE TABLE watch_lists (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            filter_json TEXT NOT NULL,
            schedule TEXT NOT NULL,
            emails_json TEXT NOT NULL,
            webhook TEXT,
            baseline_document INTEGER NOT NULL,
            -- The last article its digests have looked at (recorded or found with nothing new).
            digested_up_to INTEGER NOT NULL,
            last_run_at TEXT,
            created_at TEXT NOT NULL
        );

        -- A digest covers the articles stored after after_document up to up_to_document.
        CREATE TABLE digests (
            id INTEGER PRIMARY KEY,
            watch_list_id INTEGER NOT NULL REFERENCES watch_lists(id) ON DELETE CASCADE,
            after_document INTEGER NOT NULL,
            up_to_document INTEGER NOT NULL,
            made_at TEXT NOT NULL,
            items INTEGER NOT NULL,
            digest_json TEXT NOT NULL
        );
        CREATE INDEX ix_digests_list ON digests(watch_list_id, id);

        -- One row per digest and target; status open until sent (a failed attempt keeps it open with its error).
        CREATE TABLE digest_deliveries (
            digest_id INTEGER NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            target TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            last_attempt_at TEXT,
            sent_at TEXT,
            PRIMARY KEY (digest_id, channel, target)
        ) WITHOUT ROWID;
        CREATE INDEX ix_digest_deliveries_open ON digest_deliveries(status, digest_id) WHERE status <> 'sent';

        -- A polled feed: its validators for the next conditional GET, written only once all its items are stored.
        CREATE TABLE feeds (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            last_polled_at TEXT,
            last_status TEXT,
            failures INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;

        -- Every item taken from a feed, by its link (or id), with the content hash of the article made of it.
        CREATE TABLE feed_items (
            item_key TEXT PRIMARY KEY,
            feed_url TEXT NOT NULL,
            content_hash TEXT,
            document_id INTEGER,
            published TEXT,
            seen_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX ix_feed_items_hash ON feed_items(content_hash);
        """;
}
