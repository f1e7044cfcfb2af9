using Athar.Bench;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Athar.Bench -- --filter '*'   (or a class name, e.g. '*PipelineBenchmarks*')
// dotnet run -c Release --project bench/Athar.Bench -- profile        (time per pipeline stage: newswire and conflict news)
// dotnet run -c Release --project bench/Athar.Bench -- scaling        (4× hostile input must cost far less than 16×)
if (args is ["scaling", ..])
{
    Environment.Exit(ScalingCheck.Run());
}
if (args is ["profile", ..])
{
    StageProfile.Run(rounds: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
