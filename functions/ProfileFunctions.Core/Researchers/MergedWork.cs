using ProfileFunctions.Extraction.Model;

namespace ProfileFunctions.Researchers;

/// <summary>A work as merged across every source that lists it.</summary>
/// <param name="Key">Stable identity: <c>arxiv:ID</c>, else <c>title:normalised title</c>, else <c>url:URL</c>.</param>
/// <param name="Work">The merged fields; a value from one source never blanks another's.</param>
/// <param name="Sources">URLs of the sources that list it, ordered.</param>
public sealed record MergedWork(string Key, Work Work, IReadOnlyList<string> Sources);
