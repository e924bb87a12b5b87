using AngleSharp.Css.Dom;

namespace ProfileFunctions.Extraction;

/// <summary>
/// A repeated row: each element matching <see cref="Items"/> is one row; with <see cref="PairWith"/>, the following
/// sibling that matches it belongs to the row too (an arXiv listing's <c>dt</c> and <c>dd</c>).
/// A row none of whose <see cref="Required"/> fields has a value is skipped with a warning.
/// </summary>
internal sealed record ItemsSpec(
    ISelector Items,
    ISelector? PairWith,
    IReadOnlyDictionary<string, FieldSpec> Fields,
    IReadOnlyList<string> Required);
