using ProfileFunctions.Rendering;

namespace ProfileFunctions.Tests.Rendering;

public sealed class TexTextTests
{
    [Theory]
    [InlineData("$\\Lambda$-DARTS: Mitigating Collapse", "Λ-DARTS: Mitigating Collapse")]
    [InlineData("$\\ell_1$ penalties", "ℓ₁ penalties")]
    [InlineData("up to 4$\\times$ more data", "up to 4× more data")]
    [InlineData("50\\% fewer parameters", "50% fewer parameters")]
    [InlineData("over ${f: \\mathbb{R}^n \\to \\mathbb{R}^m }$", "over f: ℝⁿ → ℝᵐ ")]
    [InlineData("saving $\\sim$4.4 million hours", "saving ∼4.4 million hours")]
    [InlineData("the \\chinchilla model beats \\Gopher (280B)", "the chinchilla model beats Gopher (280B)")]
    [InlineData("plain text stays", "plain text stays")]
    [InlineData("snake_case outside math stays", "snake_case outside math stays")]
    [InlineData("costs \\$5 and $x^2$", "costs $5 and x²")]
    [InlineData("$O(n^{1/2})$ time", "O(n1/2) time")]
    [InlineData("the \\unknown{macro} stays readable", "the unknown{macro} stays readable")]
    [InlineData("$\\textbf{bold}$ and \\emph{it}", "bold and it")]
    [InlineData("a trailing backslash \\", "a trailing backslash \\")]
    public void Tex_reads_as_unicode_text(string tex, string expected) =>
        Assert.Equal(expected, TexText.ToUnicode(tex));

    [Fact]
    public void Long_text_converts_like_short_text()
    {
        var words = string.Concat(Enumerable.Repeat("words and more words ", 200));

        Assert.Equal(words + "α ≤ β", TexText.ToUnicode(words + "$\\alpha \\leq \\beta$"));
    }
}
