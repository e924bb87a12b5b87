namespace ProfileFunctions.Crawling;

/// <summary>Running totals of a crawl run, reported after each source.</summary>
public sealed record CrawlProgress(int Done, int Total, int Changed, int Unchanged, int Failed, CrawlReport Last);
