namespace ProfileFunctions.Researchers;

/// <summary>A source that contributed to a researcher, and when its content last changed.</summary>
/// <param name="Url">The source page.</param>
/// <param name="Layout">The layout that read it.</param>
/// <param name="Role"><c>about</c> when the page is about the researcher, <c>author</c> when it lists them as an author.</param>
/// <param name="ChangedAt">When the source's content last changed (not when it was last fetched).</param>
public sealed record SourceReference(string Url, string Layout, string Role, DateTimeOffset ChangedAt);
