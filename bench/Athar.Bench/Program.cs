using Athar.Bench;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Athar.Bench -- --filter '*'   (or a class name, e.g. '*PipelineBenchmarks*')
// dotnet run -c Release --project bench/Athar.Bench -- profile        (time per pipeline stage over the bench corpus)
if (args is ["profile", ..])
{
    StageProfile.Run(rounds: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
