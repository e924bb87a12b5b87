namespace ProfileFunctions.Publishing;

/// <summary>A file of the published site.</summary>
public sealed record SiteFile(byte[] Content, string ContentType, string? CacheControl);
