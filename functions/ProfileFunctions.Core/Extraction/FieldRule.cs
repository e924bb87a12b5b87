using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;

namespace ProfileFunctions.Extraction;

/// <summary>
/// One way of reading a value: elements matching <see cref="Selector"/> inside the scope, optionally only those whose
/// text starts with "<see cref="Label"/>:", read as text (minus <see cref="Exclude"/>d descendants) or as an attribute,
/// then narrowed by <see cref="Pattern"/>'s first group, split, and transformed. A rule with <see cref="Constant"/>
/// reads nothing and gives that value.
/// </summary>
internal sealed record FieldRule(
    ISelector? Selector,
    Regex? Label,
    string? Attribute,
    ISelector? Exclude,
    Regex? Pattern,
    string? Split,
    IReadOnlyList<ValueTransform> Transforms,
    string? Constant,
    bool Present);
