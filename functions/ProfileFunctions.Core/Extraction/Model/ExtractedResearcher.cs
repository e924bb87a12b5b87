namespace ProfileFunctions.Extraction.Model;

/// <summary>The person a page is about.</summary>
/// <param name="Name">Display name, "First Middle Last".</param>
/// <param name="Profile">Profile details, present only for layouts that describe a profile.</param>
public sealed record ExtractedResearcher(string Name, ResearcherProfile? Profile = null);
