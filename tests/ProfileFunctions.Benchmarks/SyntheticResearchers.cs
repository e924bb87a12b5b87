using System.Globalization;
using ProfileFunctions.Extraction.Model;
using ProfileFunctions.Researchers;

namespace ProfileFunctions.Benchmarks;

/// <summary>Researchers with realistic content (titles with TeX, abstracts, co-authors) for rendering benchmarks.</summary>
internal static class SyntheticResearchers
{
    public static ResearcherRecord Create(int index, int works)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"Researcher{index:00000} Person");
        var merged = Enumerable.Range(0, works).Select(w => new MergedWork(
            string.Create(CultureInfo.InvariantCulture, $"arxiv:2{w % 10}01.{index:00000}"),
            new Work(
                string.Create(CultureInfo.InvariantCulture, $"$\\ell_1$-Sparse Routing, part {w}: on experts & their {w} friends"),
                "We study how tokens choose experts in sparse mixture models and show that a simple $\\ell_1$ penalty on router logits stabilises training at 4$\\times$ the usual scale. " + new string('x', 400),
                2015 + w % 10, "arXiv", "preprint",
                string.Create(CultureInfo.InvariantCulture, $"https://arxiv.org/abs/2{w % 10}01.{index:00000}"),
                string.Create(CultureInfo.InvariantCulture, $"2{w % 10}01.{index:00000}"),
                [name, string.Create(CultureInfo.InvariantCulture, $"Researcher{(index + 1) % 100:00000} Person"), "Co Author"],
                null, null, ["Machine Learning (cs.LG)"]),
            ["https://example.org/source"])).ToArray();
        return new ResearcherRecord(
            ResearcherSlug.From(name), name, [], null, merged, [], [new Collaborator("Co Author", works)], ["Machine Learning (cs.LG)"],
            [new SourceReference("https://example.org/source", "arxiv-listing", Mention.About, DateTimeOffset.UnixEpoch)],
            string.Create(CultureInfo.InvariantCulture, $"hash{index}"), DateTimeOffset.UnixEpoch.AddDays(index));
    }
}
