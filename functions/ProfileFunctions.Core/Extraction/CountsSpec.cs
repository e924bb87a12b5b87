using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;

namespace ProfileFunctions.Extraction;

/// <summary>
/// A list of labelled figures ("7 works", "0 followers"): each element matching <see cref="Items"/> gives the number
/// in <see cref="Value"/> and the rest of its text as the label, which <see cref="Labels"/> maps to a count.
/// </summary>
internal sealed record CountsSpec(ISelector Items, ISelector Value, IReadOnlyList<KeyValuePair<string, Regex>> Labels);
