using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using ProfileFunctions.Rendering;
using ProfileFunctions.Researchers;

namespace ProfileFunctions.Benchmarks;

/// <summary>Profile pages rendered per second, single-threaded, for a researcher with 30 works (target: 3,000/s).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 5, iterationCount: 30)]
[MinColumn, MedianColumn]
public class RenderBenchmarks
{
    private ProfilePageRenderer _renderer = null!;
    private ResearcherRecord _record = null!;
    private HashSet<string> _profiles = [];

    [GlobalSetup]
    public void Setup()
    {
        var templates = new TemplateSet(Path.Combine(SamplePages.RepositoryRoot(), "templates"));
        _renderer = new ProfilePageRenderer(templates, Options.Create(new SiteOptions { BaseUrl = new Uri("https://profiles.example/") }), new SiteAssets(templates));
        _record = SyntheticResearchers.Create(0, works: 30);
        _profiles = Enumerable.Range(0, 100).Select(i => SyntheticResearchers.Create(i, 0).Slug).ToHashSet(StringComparer.Ordinal);
    }

    [Benchmark]
    public int RenderProfileWith30Works() => _renderer.Render(_record, _profiles).Length;
}
