namespace ProfileFunctions.Publishing;

/// <summary>The published static site (the Blob static website container <c>$web</c>).</summary>
public interface ISiteStore
{
    /// <summary>MD5 of every file under a prefix, by path: one listing instead of a request per file.</summary>
    Task<IReadOnlyDictionary<string, string>> ListHashesAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Uploads a file unless the stored one has the same content hash; true when it uploaded.</summary>
    Task<bool> PutAsync(string path, SiteFile file, string? storedHash, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken);

    Task<SiteFile?> GetAsync(string path, CancellationToken cancellationToken);
}
