using ProfileFunctions.Researchers;

namespace ProfileFunctions.Tests.Rendering;

public sealed class ResearcherSlugTests
{
    [Theory]
    [InlineData("Zoë Ångström-Núñez", "zoe-angstrom-nunez")]
    [InlineData("William Fedus", "william-fedus")]
    [InlineData("  Seán  O'Brien ", "sean-o-brien")]
    [InlineData("Søren Kierkegaard", "soren-kierkegaard")]
    [InlineData("李明", "李明")]
    [InlineData("Дмитрий Иванов", "дмитрий-иванов")]
    public void Slugs_are_lowercase_with_diacritics_folded_and_other_scripts_kept(string name, string slug) =>
        Assert.Equal(slug, ResearcherSlug.From(name));
}
