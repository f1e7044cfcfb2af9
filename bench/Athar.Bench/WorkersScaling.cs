using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Athar.Store.Postgres;

namespace Athar.Bench;

/// <summary>
/// Ingest throughput with 1, 2 and 4 worker processes (`athar ingest`, one analysis thread each) on the same
/// conflict-news corpus: into one SQLite file (the workers take turns under the writer lock, each given a quarter
/// of the input) and into one PostgreSQL database (each given all of it: they share the queue). Wall time from the
/// first start to the last exit. PostgreSQL is $ATHAR_BENCH_POSTGRES, else a throwaway cluster.
/// </summary>
public static class WorkersScaling
{
    public static void Run(int articles)
    {
        var folder = Path.Combine(Path.GetTempPath(), "athar-bench-workers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var (source, texts) = ConflictIngest.Corpus(articles);
            Console.WriteLine($"corpus: {source}: {texts.Count:N0} articles; {Environment.ProcessorCount} cores; load average {StageProfile.LoadAverage()}");
            var server = Environment.GetEnvironmentVariable("ATHAR_BENCH_POSTGRES") is { Length: > 0 } given ? given : Throwaway();
            foreach (var workers in new[] { 1, 2, 4 })
            {
                var slices = Enumerable.Range(0, workers).Select(w => Write(Path.Combine(folder, $"slice{workers}-{w}.jsonl"), texts.Where((_, i) => i % workers == w))).ToList();
                var all = Write(Path.Combine(folder, $"all{workers}.jsonl"), texts);
                var sqlite = Time(slices.Select(s => new[] { "ingest", s, "--db", Path.Combine(folder, $"w{workers}.db"), "--jobs", "1" }));
                var name = $"athar_bench_w{workers}_{Environment.ProcessId}";
                var database = NewDatabase(server, name);
                var postgres = Time(Enumerable.Range(0, workers).Select(_ => new[] { "ingest", all, "--db", database, "--jobs", "1" }));
                Drop(server, name);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{workers} worker(s): SQLite {texts.Count / sqlite:N0} articles/s ({sqlite:N1} s), PostgreSQL {texts.Count / postgres:N0} articles/s ({postgres:N1} s)"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Write(string path, IEnumerable<(string Text, string Published)> texts)
    {
        File.WriteAllLines(path, texts.Select((t, i) => JsonSerializer.Serialize(new { id = $"{Path.GetFileNameWithoutExtension(path)}-{i}", text = t.Text, published = t.Published })));
        return path;
    }

    // Starts every worker at once and waits for the last; the wall time in seconds.
    private static double Time(IEnumerable<string[]> commands)
    {
        var clock = Stopwatch.StartNew();
        var running = commands.Select(args =>
        {
            var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "athar.dll"));
            foreach (var a in args)
                info.ArgumentList.Add(a);
            var p = Process.Start(info)!;
            return (Process: p, Out: p.StandardOutput.ReadToEndAsync(), Err: p.StandardError.ReadToEndAsync());
        }).ToList();
        foreach (var (process, _, err) in running)
        {
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"a worker failed ({process.ExitCode}): {err.Result}");
            process.Dispose();
        }
        return clock.Elapsed.TotalSeconds;
    }

    // Database names are made here from the worker count and the process id: no outside value reaches the SQL.
    private static string NewDatabase(string server, string name)
    {
        Drop(server, name);
        Admin(server, $"CREATE DATABASE {name}");
        return server[..(server.LastIndexOf('/') + 1)] + name;
    }

    private static void Drop(string server, string name)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        Admin(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static void Admin(string server, string sql)
    {
        using var admin = new Npgsql.NpgsqlConnection(PostgresAddress.ConnectionString(server));
        admin.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, admin);
        command.ExecuteNonQuery();
    }

    private static string Throwaway()
    {
        var info = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(BenchCorpus.RepoRoot, "scripts", "postgres", "throwaway.sh"));
        info.ArgumentList.Add("start");
        info.Environment["ATHAR_PG_OWNER_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        using var p = Process.Start(info)!;
        var url = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return p.ExitCode == 0 ? url : throw new InvalidOperationException("no PostgreSQL: set ATHAR_BENCH_POSTGRES or install postgresql and postgresql-15-postgis-3");
    }
}
