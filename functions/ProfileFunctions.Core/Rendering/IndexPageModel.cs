namespace ProfileFunctions.Rendering;

// The rows of the home page and the A to Z index (index.scriban-html, researchers.scriban-html).

/// <summary>A researcher in a list: name, profile link, number of works, when the profile last changed.</summary>
internal sealed record PersonView(string Name, string Url, int Works, string Changed);

/// <summary>The researchers of one initial letter on an index page; <c>#</c> gathers names that start otherwise.</summary>
internal sealed record LetterView(string Letter, string Anchor, PersonView[] People);

/// <summary>A link in the index pager.</summary>
internal sealed record PageLink(int Number, string Url, bool Current);
