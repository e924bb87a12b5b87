namespace ProfileFunctions.Extraction.Model;

/// <summary>What a profile page states about its researcher, as the source states it.</summary>
public sealed record ResearcherProfile(
    string? Summary,
    string? Affiliation,
    IReadOnlyList<string> Roles,
    bool? OpenToCollaborate,
    TrustSnapshot? Trust,
    ProfileCounts? Counts,
    IReadOnlyList<string> Topics);
