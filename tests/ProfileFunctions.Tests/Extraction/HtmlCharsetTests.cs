using System.Text;
using ProfileFunctions.Extraction;

namespace ProfileFunctions.Tests.Extraction;

public sealed class HtmlCharsetTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public void Http_header_charset_wins_over_the_page_declaration()
    {
        var bytes = Windows1252.GetBytes("<meta charset=utf-8><p>Café</p>");
        Assert.Contains("Café", HtmlCharset.Decode(bytes, "text/html; charset=windows-1252"), StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_charset_is_used_without_a_header()
    {
        var bytes = Windows1252.GetBytes("<!doctype html><meta charset=\"windows-1252\"><p>naïve “quotes” €</p>");
        Assert.Contains("naïve “quotes” €", HtmlCharset.Decode(bytes, null), StringComparison.Ordinal);
    }

    [Fact]
    public void Http_equiv_content_type_is_honoured_and_latin1_means_windows_1252()
    {
        var bytes = Windows1252.GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>“x” ™</p>");
        Assert.Contains("“x” ™", HtmlCharset.Decode(bytes, "text/html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_is_the_default_and_a_byte_order_mark_is_dropped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<p>Zoë</p>")).ToArray();
        Assert.Equal("<p>Zoë</p>", HtmlCharset.Decode(bytes, null));
    }

    [Fact]
    public void An_unknown_charset_label_falls_back_to_the_next_source()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"utf-8\"><p>Ångström</p>");
        Assert.Contains("Ångström", HtmlCharset.Decode(bytes, "text/html; charset=x-no-such-charset"), StringComparison.Ordinal);
    }
}
