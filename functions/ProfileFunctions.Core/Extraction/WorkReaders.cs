namespace ProfileFunctions.Extraction;

/// <summary>The code readers a layout may name with <c>"reader"</c>.</summary>
internal static class WorkReaders
{
    public static IReadOnlyCollection<string> Names { get; } = [ScholarlyMetaReader.ReaderName];

    public static IReadOnlyDictionary<string, IWorkReader> Create() => new Dictionary<string, IWorkReader>(StringComparer.Ordinal)
    {
        [ScholarlyMetaReader.ReaderName] = new ScholarlyMetaReader(),
    };
}
