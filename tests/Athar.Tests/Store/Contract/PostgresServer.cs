using System.Diagnostics;
using Npgsql;

namespace Athar.Tests.Store.Contract;

/// <summary>
/// The PostgreSQL server the server-store tests use: the one named by ATHAR_TEST_POSTGRES (.ci/run starts a
/// throwaway cluster and exports its URL), else a throwaway cluster of our own (scripts/postgres/throwaway.sh,
/// removed when the test run ends). Without either the tests fail: a server store that was not tested is not done.
/// Each test gets a database of its own.
/// </summary>
internal static class PostgresServer
{
    private static readonly Lazy<string> Url = new(Find, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A new empty database on the server, as a URL; dropped by disposing the returned handle.</summary>
    public static TestDatabase NewDatabase()
    {
        var name = "athar_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var admin = new NpgsqlConnection(Athar.Store.Postgres.PostgresAddress.ConnectionString(Url.Value)))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin); // a generated identifier: no value from outside
            create.ExecuteNonQuery();
        }
        var url = Url.Value[..(Url.Value.LastIndexOf('/') + 1)] + name;
        return new TestDatabase(url, () =>
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(Athar.Store.Postgres.PostgresAddress.ConnectionString(Url.Value));
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        });
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("ATHAR_TEST_POSTGRES") is { Length: > 0 } given)
            return given;
        var script = Path.Combine(RepoRoot(), "scripts", "postgres", "throwaway.sh");
        var start = Run(script, "start"); // removed by the script's watchdog when this test process ends
        if (start.Code != 0)
            throw new InvalidOperationException($"no PostgreSQL for the server-store tests: set ATHAR_TEST_POSTGRES or install postgresql and postgresql-15-postgis-3 ({start.Err.Trim()})");
        return start.Out.Trim();
    }

    private static (int Code, string Out, string Err) Run(string script, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment["ATHAR_PG_OWNER_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.ArgumentList.Add(script);
        foreach (var a in args)
            info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Athar.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("the repository is not above the test folder");
    }
}

/// <summary>A database made for one test, dropped on disposal.</summary>
internal sealed class TestDatabase(string url, Action drop) : IDisposable
{
    public string Url { get; } = url;

    public void Dispose() => drop();
}
