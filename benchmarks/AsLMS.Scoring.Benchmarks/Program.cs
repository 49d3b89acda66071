using BenchmarkDotNet.Running;

// Run all benchmarks:   dotnet run -c Release --project benchmarks/AsLMS.Scoring.Benchmarks -- --filter '*'
// Quick smoke run (CI): dotnet run -c Release --project benchmarks/AsLMS.Scoring.Benchmarks -- --filter '*' --job dry
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
