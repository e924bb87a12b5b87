namespace ProfileFunctions.Extraction;

/// <summary>Alternative rules for one field, tried in order until one gives a value, and the default otherwise.</summary>
internal sealed record FieldSpec(IReadOnlyList<FieldRule> Rules, string? Default);
