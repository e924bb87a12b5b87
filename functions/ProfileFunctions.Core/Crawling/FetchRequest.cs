namespace ProfileFunctions.Crawling;

/// <summary>A page to fetch, with the validators of the copy we have for a conditional request.</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null);
