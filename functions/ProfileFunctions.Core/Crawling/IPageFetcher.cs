namespace ProfileFunctions.Crawling;

/// <summary>Fetches pages the way the crawler must: politely, within limits, never throwing for a bad page.</summary>
public interface IPageFetcher
{
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}
