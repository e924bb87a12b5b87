using System.Collections.Concurrent;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace ProfileFunctions.Storage;

/// <summary>
/// The SDK clients, created once (they are thread-safe and pool connections), and each table, container and queue
/// created on first use. Queue messages are Base64: the Functions queue trigger expects it.
/// </summary>
public sealed class StorageClients
{
    private readonly TableServiceClient _tables;
    private readonly BlobServiceClient _blobs;
    private readonly QueueServiceClient _queues;
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tableClients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<BlobContainerClient>>> _containers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<QueueClient>>> _queueClients = new(StringComparer.Ordinal);

    public StorageClients(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        Names = new StorageNames(settings.NamePrefix);
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            _tables = new TableServiceClient(settings.ConnectionString);
            _blobs = new BlobServiceClient(settings.ConnectionString);
            _queues = new QueueServiceClient(settings.ConnectionString, queueOptions);
            return;
        }

        if (settings.TableServiceUri is null || settings.BlobServiceUri is null || settings.QueueServiceUri is null)
        {
            throw new InvalidOperationException($"storage is not configured: set {StorageOptions.Setting} to a connection string, or {StorageOptions.Setting}__tableServiceUri, __queueServiceUri and __blobServiceUri");
        }

        TokenCredential credential = settings.ClientId is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
        _tables = new TableServiceClient(settings.TableServiceUri, credential);
        _blobs = new BlobServiceClient(settings.BlobServiceUri, credential);
        _queues = new QueueServiceClient(settings.QueueServiceUri, credential, queueOptions);
    }

    public StorageNames Names { get; }

    public Task<TableClient> TableAsync(string name, CancellationToken cancellationToken) =>
        CreatedOnce(_tableClients, name, _tables.GetTableClient, client => client.CreateIfNotExistsAsync(CancellationToken.None), cancellationToken);

    public Task<BlobContainerClient> ContainerAsync(string name, CancellationToken cancellationToken) =>
        CreatedOnce(_containers, name, _blobs.GetBlobContainerClient, client => client.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None), cancellationToken);

    public Task<QueueClient> QueueAsync(string name, CancellationToken cancellationToken) =>
        CreatedOnce(_queueClients, name, _queues.GetQueueClient, client => client.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None), cancellationToken);

    // The first caller creates the resource and the others wait for that; a caller's cancellation only stops its wait.
    // A creation that failed is forgotten (it is the entry in the map until then), so the next use tries again.
    private static Task<T> CreatedOnce<T>(ConcurrentDictionary<string, Lazy<Task<T>>> created, string name, Func<string, T> client, Func<T, Task> create, CancellationToken cancellationToken) =>
        created.GetOrAdd(name, key => new Lazy<Task<T>>(async () =>
        {
            try
            {
                var resource = client(key);
                await create(resource);
                return resource;
            }
            catch
            {
                created.TryRemove(key, out _);
                throw;
            }
        })).Value.WaitAsync(cancellationToken);
}
