using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Athar.Bench -- --filter '*'   (or a class name, e.g. '*TextBenchmarks*')
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
