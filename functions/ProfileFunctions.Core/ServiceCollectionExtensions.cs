using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProfileFunctions.Crawling;
using ProfileFunctions.Extraction;
using ProfileFunctions.Publishing;
using ProfileFunctions.Queues;
using ProfileFunctions.Rendering;
using ProfileFunctions.Researchers;
using ProfileFunctions.Sources;

namespace ProfileFunctions;

/// <summary>Registers Core's services; hosts add storage adapters for the ports (see ProfileFunctions.Storage).</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Configuration key of a folder of operator layouts loaded beside the built-in ones.</summary>
    public const string LayoutsSetting = "Layouts:Directory";

    public static IServiceCollection AddProfileCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CrawlerOptions>().Bind(configuration.GetSection(CrawlerOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QueueOptions>().Bind(configuration.GetSection(QueueOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => configuration[LayoutsSetting] is { Length: > 0 } folder ? LayoutCatalog.WithDirectory(folder) : LayoutCatalog.BuiltIn());
        services.TryAddSingleton<PageExtractor>();
        services.TryAddSingleton<SourceValidator>();
        services.TryAddSingleton<SourceService>();
        services.TryAddSingleton<HostThrottle>();
        services.TryAddSingleton<RobotsCache>();
        services.TryAddSingleton<IPageFetcher, PageFetcher>();
        services.TryAddSingleton<ResearcherUpdater>();
        services.TryAddSingleton<SourceCrawler>();
        services.TryAddSingleton<CrawlScheduler>();
        services.TryAddSingleton<QueueMessageHandler>();
        services.TryAddSingleton<QueueDrainer>();
        services.TryAddSingleton<CrawlRun>();
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(provider => new TemplateSet(provider.GetRequiredService<IOptions<SiteOptions>>().Value.ResolveTemplatesDirectory()));
        services.TryAddSingleton<SiteAssets>();
        services.TryAddSingleton<ProfilePageRenderer>();
        services.TryAddSingleton<SitePagesRenderer>();
        services.TryAddSingleton<SitePublisher>();
        services.TryAddSingleton<Operations.OperatorApi>();
        services.AddHttpClient(PageFetcher.HttpClientName, (provider, client) =>
            {
                client.DefaultRequestHeaders.UserAgent.ParseAdd(provider.GetRequiredService<IOptions<CrawlerOptions>>().Value.UserAgent);

                // The fetcher enforces its own per-request timeout; this one only stops a stuck connection.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(15),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        return services;
    }
}
