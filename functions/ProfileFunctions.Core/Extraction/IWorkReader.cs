using ProfileFunctions.Extraction.Model;

namespace ProfileFunctions.Extraction;

/// <summary>Code that reads works where selectors cannot say how (a layout names it with <c>"reader"</c>).</summary>
internal interface IWorkReader
{
    string Name { get; }

    IReadOnlyList<Work> ReadWorks(PageContext context);
}
