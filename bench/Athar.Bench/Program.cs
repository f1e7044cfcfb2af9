using Athar.Bench;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Athar.Bench -- --filter '*'   (or a class name, e.g. '*PipelineBenchmarks*')
// dotnet run -c Release --project bench/Athar.Bench -- profile        (time per pipeline stage: newswire and conflict news)
// dotnet run -c Release --project bench/Athar.Bench -- scaling        (4× hostile input must cost far less than 16×)
// dotnet run -c Release --project bench/Athar.Bench -- fusion         (the 1,200th report of an incident costs ≤ 1.5× the 300th)
// dotnet run -c Release --project bench/Athar.Bench -- ingest-conflict [N]  (whole ingest beside the pipeline alone, conflict news)
// dotnet run -c Release --project bench/Athar.Bench -- workers [N]    (1, 2, 4 ingest processes: SQLite vs PostgreSQL)
// dotnet run -c Release --project bench/Athar.Bench -- synthetic N    (build the web benchmark's store of N articles now, timed;
//                                                                       in PostgreSQL when ATHAR_BENCH_POSTGRES is set)
if (args is ["scaling", ..])
{
    Environment.Exit(ScalingCheck.Run());
}
if (args is ["fusion", ..])
{
    Environment.Exit(FusionScaling.Run());
}
if (args is ["ingest-conflict", ..])
{
    ConflictIngest.Run(articles: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
    return;
}
if (args is ["workers", ..])
{
    WorkersScaling.Run(articles: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000);
    return;
}
if (args is ["synthetic", var size])
{
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var articles = int.Parse(size, System.Globalization.CultureInfo.InvariantCulture);
    var events = int.TryParse(Environment.GetEnvironmentVariable("ATHAR_BENCH_EVENTS"), out var e) ? e : 0;
    var db = Environment.GetEnvironmentVariable("ATHAR_BENCH_POSTGRES") is { Length: > 0 } server
        ? SyntheticStore.EnsurePostgres(server, articles, events)
        : SyntheticStore.Ensure(articles, events);
    Console.WriteLine(System.FormattableString.Invariant($"{db}: {articles:N0} articles in {watch.Elapsed.TotalSeconds:N1} s"));
    return;
}
if (args is ["profile", ..])
{
    StageProfile.Run(rounds: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
