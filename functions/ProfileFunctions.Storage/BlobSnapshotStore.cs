using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using ProfileFunctions.Crawling;
using ProfileFunctions.Sources;

namespace ProfileFunctions.Storage;

/// <summary>Each source's snapshot as one JSON blob (<c>{source key}.json</c>): written whole, so never half-updated.</summary>
public sealed class BlobSnapshotStore(StorageClients clients, StorageWriteCounter counter) : ISnapshotStore
{
    public async Task<SourceSnapshot?> GetAsync(string url, CancellationToken cancellationToken)
    {
        var container = await clients.ContainerAsync(clients.Names.Snapshots, cancellationToken);
        try
        {
            var content = await container.GetBlobClient(NameOf(url)).DownloadContentAsync(cancellationToken);
            return JsonSerializer.Deserialize(content.Value.Content.ToStream(), StorageJsonContext.Default.SourceSnapshot);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task SaveAsync(SourceSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var container = await clients.ContainerAsync(clients.Names.Snapshots, cancellationToken);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(snapshot, StorageJsonContext.Default.SourceSnapshot);
        await container.GetBlobClient(NameOf(snapshot.Url)).UploadAsync(
            new BinaryData(bytes),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken);
        counter.AddBlob();
    }

    public async Task RemoveAsync(string url, CancellationToken cancellationToken)
    {
        var container = await clients.ContainerAsync(clients.Names.Snapshots, cancellationToken);
        if (await container.GetBlobClient(NameOf(url)).DeleteIfExistsAsync(cancellationToken: cancellationToken))
        {
            counter.AddBlob();
        }
    }

    private static string NameOf(string url) => SourceKey.Of(url) + ".json";
}
