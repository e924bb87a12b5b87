namespace ProfileFunctions.Extraction.Model;

/// <summary>Counts a profile page shows; scraped figures, kept as the source states them.</summary>
public sealed record ProfileCounts(int? Works, int? Followers, int? Topics, int? Collaborators);
