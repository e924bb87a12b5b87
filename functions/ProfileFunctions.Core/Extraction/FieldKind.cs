namespace ProfileFunctions.Extraction;

/// <summary>What a field holds, which decides the normalisation every value of it gets whatever the layout says.</summary>
internal enum FieldKind
{
    /// <summary>Plain text; placeholder text such as "Affiliation not imported" reads as absent.</summary>
    Text,

    /// <summary>Titles and abstracts: kept verbatim, placeholders included.</summary>
    Prose,

    /// <summary>A person's name; "Last, First" becomes "First Last".</summary>
    Name,

    /// <summary>A link, made absolute; script and data links read as absent.</summary>
    Url,

    /// <summary>An arXiv identifier without version.</summary>
    ArxivId,

    /// <summary>A four-digit year, from a year or a date.</summary>
    Year,

    /// <summary>A whole number, thousands separators allowed.</summary>
    Integer,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A full date as <c>yyyy-MM-dd</c>.</summary>
    Date,
}
