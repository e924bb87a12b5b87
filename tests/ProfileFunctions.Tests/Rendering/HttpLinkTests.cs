using ProfileFunctions.Rendering;

namespace ProfileFunctions.Tests.Rendering;

public sealed class HttpLinkTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/2403.01234")]
    [InlineData("http://127.0.0.1:8080/researchers/ada/")]
    [InlineData("https://example.org/a/b?x=1&y='2'(3)*!$+,;=:@~#frag")]
    [InlineData("https://example.org/a#one#two")]
    [InlineData("https://Example.ORG/A")]
    [InlineData("HTTPS://example.org/a")]
    [InlineData("https://example.org")]
    [InlineData("https://example.org:443/a")]
    [InlineData("https://example.org/a/../b/./c")]
    [InlineData("https://example.org/.well-known/x")]
    [InlineData("https://example.org/a b\"<c>")]
    [InlineData("https://example.org/%7euser/%41")]
    [InlineData("https://example.org/a[1]/b")]
    [InlineData("https://bücher.example/ä")]
    [InlineData("https://example.org./a")]
    [InlineData("https://example.org/a[1]{2}|^`\\b")]
    public void Http_links_come_out_as_the_uri_parser_writes_them(string url) =>
        Assert.Equal(new Uri(url).AbsoluteUri, HttpLink.Safe(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/a")]
    [InlineData("/researchers/ada/")]
    [InlineData("mailto:ada@example.org")]
    [InlineData(null)]
    public void Anything_but_an_absolute_http_link_is_dropped(string? url) =>
        Assert.Null(HttpLink.Safe(url));
}
