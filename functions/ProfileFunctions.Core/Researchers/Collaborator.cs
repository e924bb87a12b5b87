namespace ProfileFunctions.Researchers;

/// <summary>A co-author and how many of the researcher's works they share.</summary>
public sealed record Collaborator(string Name, int Count);
