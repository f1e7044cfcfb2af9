using System.Diagnostics;
using System.Globalization;
using Athar.Store;

namespace Athar.Bench;

/// <summary>
/// Fusion must stay linear: adding a report to an incident already reported 1,200 times may cost at most 1.5× adding
/// it to one reported 300 times (before running tallies, Recompute reread every report: 300 reports took 5.2 s in
/// all, 1,200 took 55.4 s). Saves reports of one incident one article per transaction, as ingest does, and compares
/// the mean time of the reports around the 300th and the 1,200th. Exits 1 above 1.5×. A benchmark, not a test.
/// </summary>
public static class FusionScaling
{
    private const int Window = 40;

    public static int Run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "athar-bench-fusion-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var store = SqliteStore.Open(Path.Combine(folder, "fusion.db"));
            var times = new double[1200 + Window];
            var all = Stopwatch.StartNew();
            for (var n = 0; n < times.Length; n++)
            {
                var article = SyntheticStore.IncidentReport(n);
                var clock = Stopwatch.StartNew();
                store.Save([article]);
                times[n] = clock.Elapsed.TotalMilliseconds;
            }
            var at300 = Mean(times, 300);
            var at1200 = Mean(times, 1200);
            var stats = store.Stats();
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"{stats.Reports:N0} reports of one incident fused into {stats.Events:N0} event(s) in {all.Elapsed.TotalSeconds:N2} s"));
            Console.WriteLine(string.Create(c, $"report ~300: {at300:N3} ms, report ~1,200: {at1200:N3} ms, ratio {at1200 / at300:N2}× (target ≤ 1.5×); load average {StageProfile.LoadAverage()}"));
            return at1200 / at300 <= 1.5 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The mean of the reports around the n-th, dropping the slowest quarter (a checkpoint or a collection).
    private static double Mean(double[] times, int n) =>
        times.Skip(n - (Window / 2)).Take(Window).Order().Take(Window * 3 / 4).Average();
}
