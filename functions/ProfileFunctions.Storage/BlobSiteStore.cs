using Azure;
using Azure.Storage.Blobs.Models;
using ProfileFunctions.Publishing;

namespace ProfileFunctions.Storage;

/// <summary>The static website container (<c>$web</c>): each file with its Content-Type, Cache-Control and Content-MD5.</summary>
public sealed class BlobSiteStore(StorageClients clients, StorageWriteCounter counter) : ISiteStore
{
    public async Task<IReadOnlyDictionary<string, string>> ListHashesAsync(string prefix, CancellationToken cancellationToken)
    {
        var container = await clients.ContainerAsync(clients.Names.Website, cancellationToken);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken))
        {
            if (blob.Properties.ContentHash is { Length: > 0 } md5)
            {
                hashes[blob.Name] = Convert.ToBase64String(md5);
            }
        }

        return hashes;
    }

    public async Task<bool> PutAsync(string path, SiteFile file, string? storedHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var hash = ContentMd5.Of(file.Content);
        if (hash == storedHash)
        {
            return false;
        }

        var container = await clients.ContainerAsync(clients.Names.Website, cancellationToken);
        await container.GetBlobClient(path).UploadAsync(new BinaryData(file.Content), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType, CacheControl = file.CacheControl, ContentHash = Convert.FromBase64String(hash) },
        }, cancellationToken);
        counter.AddBlob();
        return true;
    }

    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken)
    {
        var container = await clients.ContainerAsync(clients.Names.Website, cancellationToken);
        var deleted = await container.GetBlobClient(path).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        if (deleted)
        {
            counter.AddBlob();
        }

        return deleted;
    }

    public async Task<SiteFile?> GetAsync(string path, CancellationToken cancellationToken)
    {
        var container = await clients.ContainerAsync(clients.Names.Website, cancellationToken);
        try
        {
            var download = await container.GetBlobClient(path).DownloadContentAsync(cancellationToken);
            return new SiteFile(download.Value.Content.ToArray(), download.Value.Details.ContentType ?? "application/octet-stream", download.Value.Details.CacheControl);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
