using BenchmarkDotNet.Running;
using ProfileFunctions.Benchmarks;

// dotnet run -c Release --project tests/ProfileFunctions.Benchmarks -- --filter '*'   (BenchmarkDotNet suites)
// dotnet run -c Release --project tests/ProfileFunctions.Benchmarks -- crawl            (timed crawl into Azurite)
if (args is ["crawl", ..])
{
    return await CrawlThroughput.RunAsync(args.Skip(1).ToArray());
}

BenchmarkSwitcher.FromAssembly(typeof(CrawlThroughput).Assembly).Run(args);
return 0;
