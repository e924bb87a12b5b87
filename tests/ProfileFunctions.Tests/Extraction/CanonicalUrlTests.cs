using AngleSharp.Dom;
using ProfileFunctions.Extraction;

namespace ProfileFunctions.Tests.Extraction;

public sealed class CanonicalUrlTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/2109.10686v1", true)]
    [InlineData("http://arxiv.org/licenses/nonexclusive-distrib/1.0/", true)]
    [InlineData("https://topics.example/authors?name=Dehghani%2C+Mostafa&page=2", true)]
    [InlineData("https://Example.org/a", false)]
    [InlineData("https://example.org", false)]
    [InlineData("https://example.org:443/a", false)]
    [InlineData("https://example.org/a/../b", false)]
    [InlineData("https://example.org/a b", false)]
    [InlineData("https://example.org/café", false)]
    [InlineData("HTTPS://example.org/a", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Only_urls_the_standard_parser_leaves_unchanged_are_canonical(string url, bool canonical)
    {
        Assert.Equal(canonical, CanonicalUrl.IsCanonical(url));
        if (canonical)
        {
            Assert.Equal(new Url(url).Href, url);
        }
    }
}
