namespace ProfileFunctions.Extraction;

/// <summary>Named transforms a layout field may apply, in order, to each value it reads.</summary>
internal enum ValueTransform
{
    NameLastFirst,
    ArxivId,
    ArxivYear,
    Integer,
    Number,
    Date,
    Year,
    AbsoluteUrl,
    Lowercase,
}
