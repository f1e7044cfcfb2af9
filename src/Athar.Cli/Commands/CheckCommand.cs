using System.CommandLine;
using System.Globalization;
using Athar.Search;
using Athar.Store;

namespace Athar.Cli.Commands;

/// <summary>
/// `athar check [--repair]`: compares the store with its search index (counts and ids) and says what is
/// missing; with --repair (taking the writer lock) re-indexes it from the store. Exit 0 when the store is
/// whole (or was repaired whole), 3 when something is missing and was not repaired.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var db = new CorpusOptions().Db;
        var repair = new Option<bool>("--repair") { Description = "Re-index what is missing, drop index entries without an article (waits for a running ingest)" };
        var command = new Command("check", "Check that every stored article is searchable exactly once; --repair fixes it") { db, repair };
        command.SetAction(parse => Execute(parse.GetValue(db)!, parse.GetValue(repair), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Execute(string db, bool repair, TextWriter stdout, TextWriter stderr)
    {
        if (Store.Postgres.PostgresAddress.Is(db))
            return ExecuteOnServer(db, repair, stdout, stderr);
        var folder = ArticleIndex.PathFor(db);
        if (!repair)
        {
            using var readStore = SqliteStore.Open(db, create: false, readOnly: true);
            using var readIndex = ArticleIndex.Exists(folder) ? ArticleIndex.OpenForReading(folder) : null;
            var report = readIndex is null ? WithoutIndex(readStore) : IndexCheck.Run(readStore, readIndex);
            Describe(report, db, stdout);
            if (!report.Whole)
                stderr.WriteLine("athar: the store is not whole; run 'athar check --repair'");
            return report.Whole ? CommandRunner.Ok : CommandRunner.PartialFailure;
        }
        if (!File.Exists(db))
            throw new Input.UserInputException($"no store at {db}: run 'athar ingest' first (or give --db)");
        using var writer = WriterLock.Acquire(db, wait: true, message => stderr.WriteLine($"athar: {message}"));
        using var store = SqliteStore.Open(db, create: false);
        using var index = ArticleIndex.OpenForWriting(folder);
        var found = IndexCheck.Run(store, index);
        Describe(found, db, stdout);
        if (found.Whole)
            return CommandRunner.Ok;
        var after = IndexCheck.Repair(store, index, found);
        stdout.WriteLine("repaired:");
        Describe(after, db, stdout);
        return after.Whole ? CommandRunner.Ok : CommandRunner.PartialFailure;
    }

    // The server store's search vectors are written with each article: a check finds articles without one (none
    // unless something other than Athar wrote them) and events out of step; the queue's waiting articles are work, not damage.
    private static int ExecuteOnServer(string db, bool repair, TextWriter stdout, TextWriter stderr)
    {
        using var store = Store.Postgres.PostgresStore.Open(db);
        var shown = StoreSession.Shown(db);
        IndexCheckReport Check()
        {
            var missing = store.NotSearchable();
            var stored = store.Stats().Articles;
            return new IndexCheckReport(stored, stored - missing.Count, missing, [], [], [], []) { EventsOutOfStep = store.EventsOutOfStep() };
        }
        var found = Check();
        Describe(found, shown, stdout);
        if (store.Waiting() is > 0 and var waiting)
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{waiting:N0} articles queued by an ingest and not yet stored (any 'athar ingest' on this database takes them)"));
        if (found.Whole || !repair)
        {
            if (!found.Whole)
                stderr.WriteLine("athar: the store is not whole; run 'athar check --repair'");
            return found.Whole ? CommandRunner.Ok : CommandRunner.PartialFailure;
        }
        store.MakeSearchable(found.NotYetIndexed);
        store.RebuildEvents(found.EventsOutOfStep);
        var after = Check();
        stdout.WriteLine("repaired:");
        Describe(after, shown, stdout);
        return after.Whole ? CommandRunner.Ok : CommandRunner.PartialFailure;
    }

    // No index folder at all: every stored article waits for indexing.
    private static IndexCheckReport WithoutIndex(IAtharStore store)
    {
        var states = store.IndexStates();
        return new IndexCheckReport(states.Count, 0, states.Where(s => !s.Indexed).Select(s => s.Id).ToList(),
            states.Where(s => s.Indexed).Select(s => s.Id).ToList(), [], [], [])
        {
            EventsOutOfStep = store.EventsOutOfStep(),
        };
    }

    private static void Describe(IndexCheckReport r, string db, TextWriter stdout)
    {
        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(c, $"{db}: {r.StoredArticles:N0} articles stored, {r.IndexEntries:N0} entries in the search index"));
        Line(stdout, r.NotYetIndexed, "stored articles not yet indexed (an ingest stopped before indexing them)");
        Line(stdout, r.MissingFromIndex, "stored articles recorded as indexed but missing from the index");
        Line(stdout, r.Orphans, "index entries with no stored article");
        Line(stdout, r.Duplicated, "articles indexed more than once");
        Line(stdout, r.NotRecorded, "indexed articles the store has not recorded as indexed");
        Line(stdout, r.EventsOutOfStep, "events whose fields disagree with their reports");
        if (r.Whole)
            stdout.WriteLine("whole: every stored article is searchable exactly once");
    }

    private static void Line(TextWriter stdout, IReadOnlyList<long> ids, string what)
    {
        if (ids.Count == 0)
            return;
        var shown = string.Join(", ", ids.Take(10).Select(i => i.ToString(CultureInfo.InvariantCulture))) + (ids.Count > 10 ? ", …" : "");
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ids.Count:N0} {what}: {shown}"));
    }
}
