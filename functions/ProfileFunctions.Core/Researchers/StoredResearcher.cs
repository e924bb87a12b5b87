namespace ProfileFunctions.Researchers;

/// <summary>A researcher as stored, with the version (ETag) a conditional write must match.</summary>
public sealed record StoredResearcher(ResearcherRecord Record, string Version);
