using ProfileFunctions.Extraction.Text;

namespace ProfileFunctions.Tests.Extraction;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("  a \n\t b\u00A0 c  ", "a b c")]
    [InlineData("clean text", "clean text")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Collapse_joins_whitespace_runs_into_single_spaces(string? input, string? expected) =>
        Assert.Equal(expected, TextNormalizer.Collapse(input));

    [Theory]
    [InlineData("Dehghani, Mostafa", "Mostafa Dehghani")]
    [InlineData("Núñez, José María", "José María Núñez")]
    [InlineData("William Fedus", "William Fedus")]
    [InlineData("King, Jr.", "King, Jr.")]
    [InlineData("a, b, c", "a, b, c")]
    public void Last_first_names_become_first_last(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.NameLastFirst(input));

    [Theory]
    [InlineData("http://arxiv.org/abs/2109.10686v1", "2109.10686")]
    [InlineData("https://arxiv.org/pdf/2206.10369v2.pdf", "2206.10369")]
    [InlineData("arXiv:2207.10551", "2207.10551")]
    [InlineData("2101.03961", "2101.03961")]
    [InlineData("https://arxiv.org/abs/hep-th/9901001v2", "hep-th/9901001")]
    [InlineData("https://peer.example/works/2109.10686", null)]
    [InlineData("not an id", null)]
    public void Arxiv_ids_come_without_their_version(string input, string? expected) =>
        Assert.Equal(expected, TextNormalizer.ArxivId(input));

    [Theory]
    [InlineData("2109.10686", 2021)]
    [InlineData("1811.02549", 2018)]
    [InlineData("hep-th/9901001", 1999)]
    [InlineData("0704.0001", 2007)]
    public void Arxiv_ids_give_the_year_they_were_issued(string id, int year) =>
        Assert.Equal(year, TextNormalizer.ArxivYear(id));

    [Theory]
    [InlineData("1,234", 1234)]
    [InlineData("1 234 567", 1234567)]
    [InlineData("7", 7)]
    [InlineData("12k", 12000)]
    [InlineData("1.5M followers", 1500000)]
    [InlineData("none", null)]
    public void Integers_accept_thousands_separators_and_suffixes(string input, int? expected) =>
        Assert.Equal(expected, TextNormalizer.Integer(input));

    [Theory]
    [InlineData("2021-09-22T12:29:15Z", "2021-09-22")]
    [InlineData("2023-12-31T23:59:59-05:00", "2023-12-31")]
    [InlineData("Wed, 22 Sep 2021 12:29:15 GMT", "2021-09-22")]
    [InlineData("22 September 2021", "2021-09-22")]
    [InlineData("September 22, 2021", "2021-09-22")]
    [InlineData("2021/03/05", "2021-03-05")]
    [InlineData("(2024-03-11T10:05:29Z)", "2024-03-11")]
    [InlineData("2022", null)]
    [InlineData("2022-13-01", null)]
    [InlineData("yesterday", null)]
    public void Dates_become_iso_days_and_partial_dates_are_not_dates(string input, string? expected) =>
        Assert.Equal(expected, TextNormalizer.Date(input));

    [Theory]
    [InlineData("2022", 2022)]
    [InlineData("March 2022", 2022)]
    [InlineData("2021-09-22", 2021)]
    [InlineData("n/a", null)]
    public void Years_come_from_years_or_dates(string input, int? expected) =>
        Assert.Equal(expected, TextNormalizer.Year(input));

    [Theory]
    [InlineData("[39.967120253159614]", 39.967120253159614)]
    [InlineData("score 1,234.5", 1234.5)]
    public void Numbers_are_read_from_surrounding_text(string input, double expected) =>
        Assert.Equal(expected, TextNormalizer.Number(input));
}
