namespace ProfileFunctions.Researchers;

/// <summary>The index from researchers to the sources that mention them, so a researcher can be rebuilt from its sources.</summary>
public interface IMentionStore
{
    Task<IReadOnlyList<Mention>> ListAsync(string slug, CancellationToken cancellationToken);

    /// <summary>Makes the source's mentions exactly <paramref name="mentions"/>, removing those of <paramref name="previousSlugs"/> no longer there.</summary>
    Task ReplaceAsync(string sourceUrl, IReadOnlyCollection<Mention> mentions, IReadOnlyCollection<string> previousSlugs, CancellationToken cancellationToken);
}
