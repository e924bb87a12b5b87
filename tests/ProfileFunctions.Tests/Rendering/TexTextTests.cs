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
    public void Tex_reads_as_unicode_text(string tex, string expected) =>
        Assert.Equal(expected, TexText.ToUnicode(tex));
}
