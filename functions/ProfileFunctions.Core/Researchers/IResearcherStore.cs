namespace ProfileFunctions.Researchers;

/// <summary>Where merged researchers and their works are kept.</summary>
public interface IResearcherStore
{
    Task<StoredResearcher?> GetAsync(string slug, CancellationToken cancellationToken);

    /// <summary>Slugs of every stored researcher (cheap: no works are read).</summary>
    Task<IReadOnlyList<string>> ListSlugsAsync(CancellationToken cancellationToken);

    /// <summary>Every researcher with their works, ordered by slug.</summary>
    Task<IReadOnlyList<ResearcherRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes a researcher and their works if the stored researcher is still <paramref name="previous"/> (null: not
    /// stored yet), writing only the works that differ from it; false when another writer got there first, so the
    /// caller rebuilds and tries again.
    /// </summary>
    Task<bool> SaveAsync(ResearcherRecord record, StoredResearcher? previous, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(string slug, CancellationToken cancellationToken);
}
