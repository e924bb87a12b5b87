using System.Text;
using System.Text.RegularExpressions;

namespace ProfileFunctions.Extraction;

/// <summary>
/// Decides how a page's bytes become text, the way browsers do: a byte-order mark, then the HTTP
/// <c>Content-Type</c> charset, then a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> in the first 1,024 bytes,
/// else UTF-8. Labels follow the WHATWG Encoding standard (so <c>iso-8859-1</c> means windows-1252).
/// </summary>
internal static partial class HtmlCharset
{
    private const int PrescanBytes = 1024;

    public static Encoding Detect(ReadOnlySpan<byte> content, string? contentType)
    {
        if (content.StartsWith("\xEF\xBB\xBF"u8))
        {
            return Encoding.UTF8;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        if (contentType is not null && CharsetParameter().Match(contentType) is { Success: true } header && FromLabel(header.Groups["charset"].Value) is { } fromHeader)
        {
            return fromHeader;
        }

        // The prescan reads ASCII-compatible bytes only, which is what every meta charset declaration is.
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, PrescanBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var declared = MetaCharset().Match(meta.Value);
            if (declared.Success && FromLabel(declared.Groups["charset"].Value) is { } fromMeta)
            {
                // A page cannot claim UTF-16 in ASCII bytes; browsers read such a claim as UTF-8.
                return fromMeta is UnicodeEncoding ? Encoding.UTF8 : fromMeta;
            }
        }

        return Encoding.UTF8;
    }

    public static string Decode(ReadOnlySpan<byte> content, string? contentType)
    {
        var encoding = Detect(content, contentType);
        var preamble = encoding.Preamble;
        if (!preamble.IsEmpty && content.StartsWith(preamble))
        {
            content = content[preamble.Length..];
        }

        return encoding.GetString(content);
    }

    /// <summary>The encoding a WHATWG label names, or null for labels this runtime cannot decode.</summary>
    internal static Encoding? FromLabel(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "unicode11utf8" or "unicode20utf8" or "x-unicode20utf8":
                return Encoding.UTF8;
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "ascii" or "us-ascii" or "iso_8859-1" or "cp1252" or "windows-1252" or "x-cp1252" or "cp819" or "ibm819" or "iso-ir-100" or "csisolatin1":
                name = "windows-1252";
                break;
            case "utf-16" or "utf-16le" or "unicode" or "ucs-2":
                return Encoding.Unicode;
            case "utf-16be":
                return Encoding.BigEndianUnicode;
        }

        try
        {
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?(?<charset>[^""';\s]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*(?<charset>[^""'\s/>;]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
