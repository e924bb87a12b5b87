namespace ProfileFunctions.Crawling;

/// <summary>Where each source's last successful reading is kept.</summary>
public interface ISnapshotStore
{
    Task<SourceSnapshot?> GetAsync(string url, CancellationToken cancellationToken);

    Task SaveAsync(SourceSnapshot snapshot, CancellationToken cancellationToken);

    Task RemoveAsync(string url, CancellationToken cancellationToken);
}
