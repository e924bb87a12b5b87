using ProfileFunctions.Extraction.Model;
using ProfileFunctions.Researchers;

namespace ProfileFunctions.Serialization;

/// <summary>The part of a researcher record its content hash covers (everything but the hash and the change time).</summary>
internal sealed record ResearcherContent(
    string Slug,
    string Name,
    IReadOnlyList<string> AlternateNames,
    ResearcherProfile? Profile,
    IReadOnlyList<MergedWork> Works,
    IReadOnlyList<RelatedPaper> Related,
    IReadOnlyList<Collaborator> Collaborators,
    IReadOnlyList<string> Topics,
    IReadOnlyList<SourceReference> Sources);
