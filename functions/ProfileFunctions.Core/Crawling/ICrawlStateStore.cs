namespace ProfileFunctions.Crawling;

/// <summary>Where each source's crawl state is kept.</summary>
public interface ICrawlStateStore
{
    Task<CrawlState?> GetAsync(string url, CancellationToken cancellationToken);

    Task<IReadOnlyList<CrawlState>> ListAsync(CancellationToken cancellationToken);

    Task SaveAsync(CrawlState state, CancellationToken cancellationToken);

    Task RemoveAsync(string url, CancellationToken cancellationToken);
}
