namespace ProfileFunctions.Crawling;

/// <summary>What one crawl of a source did, for progress lines and the operator API.</summary>
public sealed record CrawlReport(string Url, CrawlOutcome Outcome, string? Reason, int Pages, int Works, int ResearchersChanged);
