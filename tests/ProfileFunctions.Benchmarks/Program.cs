using BenchmarkDotNet.Running;
using ProfileFunctions.Benchmarks;

// dotnet run -c Release --project tests/ProfileFunctions.Benchmarks -- --filter '*'   (BenchmarkDotNet suites)
// dotnet run -c Release --project tests/ProfileFunctions.Benchmarks -- crawl            (timed crawl into Azurite)
// dotnet run -c Release --project tests/ProfileFunctions.Benchmarks -- publish          (timed publish of 10,000 researchers)
if (args is ["crawl", ..])
{
    return await CrawlThroughput.RunAsync(args.Skip(1).ToArray());
}

if (args is ["publish", ..])
{
    return await PublishThroughput.RunAsync(args.Skip(1).ToArray());
}

BenchmarkSwitcher.FromAssembly(typeof(CrawlThroughput).Assembly).Run(args);
return 0;
