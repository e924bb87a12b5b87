using ProfileFunctions.Crawling;

namespace ProfileFunctions.Researchers;

/// <summary>A source snapshot and how it mentions the researcher being merged.</summary>
public sealed record Contribution(SourceSnapshot Snapshot, string Role);
