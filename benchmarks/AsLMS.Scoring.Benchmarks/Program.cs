using BenchmarkDotNet.Running;

// Full run (see benchmarks/README.md): dotnet run -c Release --project benchmarks/AsLMS.Scoring.Benchmarks -- --filter '*'
// CI smoke run, to catch breakage, not to time: ... -- --filter '*' --job dry --inProcess
// Exits non-zero when a benchmark fails, so CI notices.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)).Select(s => s.Title).ToList();
foreach (var title in failed)
{
    Console.Error.WriteLine($"Benchmark run failed: {title}");
}

return failed.Count == 0 ? 0 : 1;
