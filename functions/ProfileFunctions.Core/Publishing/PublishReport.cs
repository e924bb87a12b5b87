namespace ProfileFunctions.Publishing;

/// <summary>What a publish did: files rendered, uploaded (changed), and deleted.</summary>
public sealed record PublishReport(int Rendered, int Uploaded, int Deleted);
