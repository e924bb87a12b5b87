namespace ProfileFunctions.Sources;

/// <summary>Where registered sources are kept.</summary>
public interface ISourceStore
{
    Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken);

    Task<Source?> FindAsync(string url, CancellationToken cancellationToken);

    /// <summary>Adds or replaces sources, all or none.</summary>
    Task SaveAsync(IReadOnlyList<Source> sources, CancellationToken cancellationToken);

    /// <summary>Removes a source; false when it was not registered.</summary>
    Task<bool> RemoveAsync(string url, CancellationToken cancellationToken);
}
