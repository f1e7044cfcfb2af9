using System.CommandLine;
using System.Globalization;
using Athar.Feeds;
using Athar.Input;
using Athar.Net;
using Athar.Search;
using Athar.Store;

namespace Athar.Cli.Commands.Watch;

/// <summary>
/// `athar poll FEEDS… [--every 15m] [--once]`: keeps a store current from RSS/Atom feeds (URLs or OPML files),
/// and after each round makes the watch-lists' digests that are due and delivers them. State lives in the
/// store: a restarted poll neither loses an item nor sends a digest twice.
/// </summary>
public static class PollCommand
{
    public static Command Create()
    {
        var feeds = new Argument<string[]>("feeds") { Description = "RSS/Atom feed URLs, or OPML files listing them", Arity = ArgumentArity.OneOrMore };
        var every = new Option<string>("--every") { Description = "Time between rounds (90s, 15m, 1h)", DefaultValueFactory = _ => "15m" };
        var once = new Option<bool>("--once") { Description = "One round (feeds, then digests), then exit" };
        var hostInterval = new Option<string>("--host-interval") { Description = "Least time between two requests to one host", DefaultValueFactory = _ => "2s" };
        var timeout = new Option<string>("--timeout") { Description = "Time-out of one request attempt", DefaultValueFactory = _ => "30s" };
        var retries = new Option<int>("--retries") { Description = "Retries (with backoff) of a request that failed in a way that may pass", DefaultValueFactory = _ => 3 };
        var maxSize = new Option<string>("--max-size") { Description = "Largest feed or page read", DefaultValueFactory = _ => "5MB" };
        var timeZone = new Option<string?>("--time-zone") { Description = "Time zone of the lists' daily digest times (default: the machine's, $TZ)" };
        var db = new CorpusOptions().Db;
        var delivery = new DeliveryOptions();
        var command = new Command("poll", "Poll RSS/Atom feeds into the store, then make and deliver the watch-lists' due digests; every round until stopped")
        {
            feeds, every, once, hostInterval, timeout, retries, maxSize, timeZone, db,
        };
        delivery.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var stderr = parse.InvocationConfiguration.Error;
            var time = TimeProvider.System;
            void Log(string line) => stderr.WriteLine($"{time.GetUtcNow():yyyy-MM-dd'T'HH:mm:ss'Z'} {line}");
            var retryCount = parse.GetValue(retries);
            if (retryCount is < 0 or > 10)
                throw new UserInputException("--retries must be between 0 and 10");
            var limits = new FetchLimits(
                InputLimits.ParseSize(parse.GetValue(maxSize)!), 5, Durations.Parse(parse.GetValue(hostInterval)!, "--host-interval", allowZero: true),
                RetryPolicy.Default with { Retries = retryCount, AttemptTimeout = Durations.Parse(parse.GetValue(timeout)!, "--timeout") });
            var zone = parse.GetValue(timeZone) is { } z ? Zone(z) : time.LocalTimeZone;
            var period = Durations.Parse(parse.GetValue(every)!, "--every");
            var urls = FeedList.Read(parse.GetValue(feeds) ?? [], Log);
            var dbPath = parse.GetValue(db)!;

            // The ingest target of `athar ingest`: a SQLite file under its writer lock (an ingest started meanwhile
            // waits for this poll to stop, as it would for another ingest) or a worker of the database's queue.
            using var target = IngestTarget.Open(new IngestRun([], dbPath, new InputLimits(limits.MaxBytes), 1), stderr, batchSize: 16);
            var store = target.Store;
            using var http = DeliveryOptions.Http();
            var fetcher = new FeedFetcher(http, limits, new HostPacer(limits.HostInterval, time), HttpRetries.Pipeline(limits.Retries, time, Log));
            var poller = new FeedPoller(store, target.Run, fetcher, new InputLimits(limits.MaxBytes), time, Log);
            var runner = delivery.Runner(parse, store, new CorpusSearch(target.Search, store).ArticleIds, http, time, Log);
            Log(string.Create(CultureInfo.InvariantCulture, $"polling {urls.Count} feeds into {StoreSession.Shown(dbPath)}{(parse.GetValue(once) ? " once" : $" every {period}")}; {store.WatchLists().Count} watch-lists"));
            var failedDeliveries = 0;
            try
            {
                var outcomes = await new PollLoop(poller, urls, period, time, Log).RunAsync(parse.GetValue(once), async token =>
                {
                    var run = await runner.RunDueAsync(zone, token).ConfigureAwait(false);
                    failedDeliveries = run.Failed;
                }, cancel).ConfigureAwait(false);
                return outcomes.All(o => o.Ok) && failedDeliveries == 0 ? CommandRunner.Ok : CommandRunner.PartialFailure;
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                Log("stopped; what was stored is kept — start it again to go on");
                return CommandRunner.Ok;
            }
        });
        return command;
    }

    private static TimeZoneInfo Zone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new UserInputException($"unknown time zone '{id}' (use an IANA name such as Asia/Damascus or UTC)");
        }
    }
}
