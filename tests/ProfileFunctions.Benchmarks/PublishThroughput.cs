using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Publishing;
using ProfileFunctions.Researchers;
using ProfileFunctions.Storage;

namespace ProfileFunctions.Benchmarks;

/// <summary>
/// Time to publish a site of N researchers (default 10,000, 5 works each) to an in-memory Azurite: the first
/// publish (every page uploaded) and an unchanged re-run (nothing uploaded).
/// </summary>
internal static class PublishThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        await using var azurite = await EmbeddedAzurite.StartAsync(dataDirectory: null, CancellationToken.None);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Site:BaseUrl"] = "https://profiles.example/",
            ["Site:TemplatesDirectory"] = Path.Combine(SamplePages.RepositoryRoot(), "templates"),
        }).Build();
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)).AddSingleton<IConfiguration>(configuration);
        services.AddProfileServices(configuration);
        await using var provider = services.BuildServiceProvider();

        var store = provider.GetRequiredService<IResearcherStore>();
        var seed = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
            await store.SaveAsync(SyntheticResearchers.Create(i, works: 5), null, token));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored {count} researchers in {seed.Elapsed.TotalSeconds:F1} s"));

        var publisher = provider.GetRequiredService<SitePublisher>();
        var first = Stopwatch.StartNew();
        var report = await publisher.PublishAllAsync(CancellationToken.None);
        first.Stop();
        var second = Stopwatch.StartNew();
        var again = await publisher.PublishAllAsync(CancellationToken.None);
        second.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first publish: {report.Rendered} files rendered, {report.Uploaded} uploaded in {first.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unchanged re-run: {again.Rendered} files rendered, {again.Uploaded} uploaded in {second.Elapsed.TotalSeconds:F1} s"));
        return again.Uploaded == 0 ? 0 : 1;
    }
}
