namespace ProfileFunctions.Extraction;

/// <summary>
/// How a layout reads the person a page is about. Layouts that declare any profile field (summary, affiliation,
/// roles, trust, counts, ...) describe a profile and always report every profile field, null where absent.
/// </summary>
internal sealed record ResearcherSpec(
    FieldSpec? Name,
    IReadOnlyDictionary<string, FieldSpec> Profile,
    IReadOnlyDictionary<string, FieldSpec> Trust,
    CountsSpec? Counts)
{
    public bool DescribesProfile => Profile.Count > 0 || Trust.Count > 0 || Counts is not null;
}
