namespace ProfileFunctions.Rendering;

// The rows of the profile template (profile.scriban-html), as typed objects rather than one Scriban dictionary per
// row: templates read their members in snake_case, and every string is escaped on output like any other value.

/// <summary>A year's heading and its works, newest year first.</summary>
internal sealed record YearView(string Year, WorkView[] Works);

/// <summary>A work as the page lists it: TeX made readable, links only when they are http(s).</summary>
internal sealed record WorkView(string Title, string? Url, string? Venue, string? Type, string? Date, string? ArxivId, string? Abstract, AuthorView[] Authors);

/// <summary>An author of a work, linked when we have their profile.</summary>
internal sealed record AuthorView(string Name, string? Url);

/// <summary>One bar of the works-per-year chart, for its text alternative.</summary>
internal sealed record ChartRow(int Year, int Count);

/// <summary>A co-author with the number of shared works, linked when we have their profile.</summary>
internal sealed record CollaboratorView(string Name, int Count, string? Url);

/// <summary>A related paper from a digest page.</summary>
internal sealed record RelatedView(string Title, string? Url, string? Date);

/// <summary>A source the profile's data came from, and when what it said last changed.</summary>
internal sealed record SourceView(string? Url, string Label, string Role, string Changed);
