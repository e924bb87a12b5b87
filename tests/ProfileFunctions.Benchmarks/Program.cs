using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ProfileFunctions.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
