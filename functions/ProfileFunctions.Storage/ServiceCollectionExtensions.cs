using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProfileFunctions.Crawling;
using ProfileFunctions.Publishing;
using ProfileFunctions.Queues;
using ProfileFunctions.Researchers;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Storage;

/// <summary>Registers the Azure Storage adapters of Core's ports: the one place both hosts get their storage from.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Everything a host needs: Core's services and their Azure Storage adapters. The CLI and the Functions app both call this.</summary>
    public static IServiceCollection AddProfileServices(this IServiceCollection services, IConfiguration configuration) =>
        services.AddProfileCore(configuration).AddProfileStorage(configuration);

    public static IServiceCollection AddProfileStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Configure(options =>
        {
            // AzureWebJobsStorage is either a plain connection string or a section of identity-based settings.
            var setting = configuration.GetSection(StorageOptions.Setting);
            options.ConnectionString = setting.Value;
            options.TableServiceUri = Uri.TryCreate(setting["tableServiceUri"], UriKind.Absolute, out var tables) ? tables : null;
            options.QueueServiceUri = Uri.TryCreate(setting["queueServiceUri"], UriKind.Absolute, out var queues) ? queues : null;
            options.BlobServiceUri = Uri.TryCreate(setting["blobServiceUri"], UriKind.Absolute, out var blobs) ? blobs : null;
            options.ClientId = setting["clientId"];
            options.NamePrefix = configuration["Storage:NamePrefix"] ?? string.Empty;
        });
        services.TryAddSingleton<StorageWriteCounter>();
        services.TryAddSingleton<StorageClients>();
        services.TryAddSingleton<ISourceStore, TableSourceStore>();
        services.TryAddSingleton<ICrawlStateStore, TableCrawlStateStore>();
        services.TryAddSingleton<ISnapshotStore, BlobSnapshotStore>();
        services.TryAddSingleton<IMentionStore, TableMentionStore>();
        services.TryAddSingleton<IResearcherStore, TableResearcherStore>();
        services.TryAddSingleton<IWorkQueues, StorageWorkQueues>();
        services.TryAddSingleton<ISiteStore, BlobSiteStore>();
        return services;
    }
}
