using ProfileFunctions.Extraction.Model;

namespace ProfileFunctions.Researchers;

/// <summary>Everything stored about one researcher, derived from the sources about them and the pages listing them.</summary>
/// <param name="Slug">Identity and page URL segment.</param>
/// <param name="Name">Display name.</param>
/// <param name="AlternateNames">Other spellings the sources use.</param>
/// <param name="Profile">Profile details from a profile page, when one is a source.</param>
/// <param name="Works">Merged works, newest first.</param>
/// <param name="Related">Related papers from digest pages.</param>
/// <param name="Collaborators">Co-authors with shared-work counts, most shared first.</param>
/// <param name="Topics">From the profile and the works' subjects, most frequent first.</param>
/// <param name="Sources">The sources the data came from.</param>
/// <param name="ContentHash">Hash of all of the above; a record is written (and its page rendered) only when it changes.</param>
/// <param name="ChangedAt">When the content last changed.</param>
public sealed record ResearcherRecord(
    string Slug,
    string Name,
    IReadOnlyList<string> AlternateNames,
    ResearcherProfile? Profile,
    IReadOnlyList<MergedWork> Works,
    IReadOnlyList<RelatedPaper> Related,
    IReadOnlyList<Collaborator> Collaborators,
    IReadOnlyList<string> Topics,
    IReadOnlyList<SourceReference> Sources,
    string ContentHash,
    DateTimeOffset ChangedAt);
