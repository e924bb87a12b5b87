using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ProfileFunctions.Extraction.Text;

/// <summary>Pure normalisation of scraped text: whitespace, names, arXiv ids, numbers and dates.</summary>
internal static partial class TextNormalizer
{
    /// <summary>Collapses every run of Unicode whitespace to one space and trims; null or blank gives null.</summary>
    public static string? Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var span = text.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return null;
        }

        // Fast path: most scraped values are already clean, so scan for a whitespace run that is not a single
        // plain space and return the string itself when there is none. Printable ASCII is checked first: it is
        // nearly every character, and char.IsWhiteSpace is comparatively slow.
        var dirty = -1;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c is > ' ' and < '\u0085')
            {
                continue;
            }

            if (c == ' ' ? i + 1 < span.Length && char.IsWhiteSpace(span[i + 1]) : char.IsWhiteSpace(c))
            {
                dirty = i;
                break;
            }
        }

        if (dirty < 0)
        {
            return span.Length == text.Length ? text : span.ToString();
        }

        var builder = new StringBuilder(span.Length);
        builder.Append(span[..dirty]);
        var pendingSpace = false;
        foreach (var c in span[dirty..])
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Turns "Last, First Middle" into "First Middle Last"; other names are returned as they are.</summary>
    public static string NameLastFirst(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || comma != name.LastIndexOf(',') || comma == name.Length - 1)
        {
            return name;
        }

        var last = name[..comma].Trim();
        var first = name[(comma + 1)..].Trim();
        if (last.Length == 0 || first.Length == 0 || NameSuffix().IsMatch(first))
        {
            // "Martin Luther King, Jr." is not in last-first order.
            return name;
        }

        return first + " " + last;
    }

    /// <summary>The arXiv identifier, without version, in an abs/pdf link, an "arXiv:" reference or a bare id.</summary>
    public static string? ArxivId(string value)
    {
        var text = value.AsSpan().Trim();
        if (BareArxivId().Match(value.Trim()) is { Success: true } bare)
        {
            return bare.Groups["id"].Value;
        }

        if (!text.Contains("arxiv", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var prefix in ArxivPrefixes)
        {
            var at = value.IndexOf(prefix, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && ArxivIdAt().Match(value, at + prefix.Length) is { Success: true } match)
            {
                return match.Groups["id"].Value;
            }
        }

        return null;
    }

    private static readonly string[] ArxivPrefixes = ["/abs/", "/pdf/", "/format/", "/html/", "arxiv:"];

    /// <summary>The year an arXiv identifier was issued in: 2109.10686 is 2021, hep-th/9901001 is 1999.</summary>
    public static int? ArxivYear(string id)
    {
        var match = ArxivYearDigits().Match(id);
        if (!match.Success)
        {
            return null;
        }

        var yy = int.Parse(match.Groups["yy"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return null;
        }

        // arXiv started in August 1991; two-digit years from 91 on belong to the 1990s.
        return yy >= 91 ? 1900 + yy : 2000 + yy;
    }

    /// <summary>Digits of an integer written with thousands separators ("1,234", "1 234", "12k").</summary>
    public static int? Integer(string value)
    {
        var match = IntegerInText().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups["n"].Value;
        var builder = new StringBuilder(digits.Length);
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c) || c == '.')
            {
                builder.Append(c);
            }
        }

        if (!decimal.TryParse(builder.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        number *= match.Groups["k"].Value.ToUpperInvariant() switch
        {
            "K" => 1_000m,
            "M" => 1_000_000m,
            _ => 1m,
        };
        return number is > int.MaxValue or < int.MinValue ? null : (int)Math.Round(number);
    }

    /// <summary>The first decimal number in the text ("[39.96]" gives 39.96).</summary>
    public static double? Number(string value)
    {
        var match = DecimalInText().Match(value);
        return match.Success && double.TryParse(match.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    /// <summary>A full date as <c>yyyy-MM-dd</c>; a year or month alone is not a date and gives null.</summary>
    public static string? Date(string value)
    {
        var iso = IsoDate().Match(value);
        if (iso.Success)
        {
            return FormatDate(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        }

        if (YearOrMonthOnly().IsMatch(value))
        {
            return null;
        }

        var text = value.Trim().Trim('(', ')', '[', ']', '.').Trim();
        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(text, TextDateFormats, CultureInfo.InvariantCulture, styles, out var exact))
        {
            return exact.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var rfc = RfcDate().Match(text);
        if (rfc.Success && DateTimeOffset.TryParseExact(rfc.Value, ["d MMM yyyy", "d MMMM yyyy"], CultureInfo.InvariantCulture, styles, out var parsed))
        {
            return parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>The year of a date-like value ("2022", "2021-09-22", "Sep 2021").</summary>
    public static int? Year(string value)
    {
        var date = Date(value);
        var match = YearInText().Match(date ?? value);
        return match.Success ? int.Parse(match.Value, CultureInfo.InvariantCulture) : null;
    }

    private static string? FormatDate(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }

        return new DateOnly(y, m, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static readonly string[] TextDateFormats =
    [
        "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy",
        "d MMM yyyy", "d MMMM yyyy", "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy",
        "d.M.yyyy", "yyyy.M.d",
    ];

    [GeneratedRegex(@"^(?:jr|sr|ii|iii|iv|phd|md)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameSuffix();

    [GeneratedRegex(@"\G\s*(?<id>\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivIdAt();

    [GeneratedRegex(@"^(?:arxiv:\s*)?(?<id>\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareArxivId();

    [GeneratedRegex(@"(?:^|/)(?<yy>\d{2})(?<mm>\d{2})(?:\.\d{4,5}|\d{3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivYearDigits();

    [GeneratedRegex(@"(?<n>\d{1,3}(?:[,\u00A0\u202F\u2009 _]\d{3})+|\d+(?:\.\d+)?)\s*(?<k>[kKmM](?![a-zA-Z]))?", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerInText();

    [GeneratedRegex(@"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInText();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:1[89]|2\d)\d{2})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\s*\(?(?:1[89]|2\d)\d{2}(?:[-/.]\d{1,2})?\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOrMonthOnly();

    [GeneratedRegex(@"\b\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex RfcDate();

    [GeneratedRegex(@"(?<!\d)(?:1[89]|2\d)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearInText();
}
