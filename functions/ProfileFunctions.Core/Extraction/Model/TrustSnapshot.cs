namespace ProfileFunctions.Extraction.Model;

/// <summary>A profile site's trust line, for example "Trust 21 - Emerging, Verification L1, Unclaimed author".</summary>
public sealed record TrustSnapshot(int? Score, string? Label, int? VerificationLevel, bool? Claimed);
