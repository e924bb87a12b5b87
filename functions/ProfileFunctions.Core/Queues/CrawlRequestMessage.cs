namespace ProfileFunctions.Queues;

/// <summary>A <c>crawl-requests</c> message: crawl this registered source.</summary>
public sealed record CrawlRequestMessage(string Url);
