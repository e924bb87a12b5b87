using BenchmarkDotNet.Attributes;
using ProfileFunctions.Extraction;

namespace ProfileFunctions.Benchmarks;

/// <summary>One operation extracts every sample page once, so pages/s is the page count divided by the mean.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 5, iterationCount: 20)]
public class AllPagesBenchmark
{
    private readonly PageExtractor _extractor = new(LayoutCatalog.BuiltIn());
    private (byte[] Content, Uri Url)[] _pages = [];

    [GlobalSetup]
    public void Setup() => _pages = SamplePages.Find().Select(path => (File.ReadAllBytes(path), new Uri(path))).ToArray();

    [Benchmark]
    public int ExtractEverySamplePage()
    {
        var works = 0;
        foreach (var (content, url) in _pages)
        {
            works += _extractor.Extract(content, new ExtractionRequest(url, Researcher: "Benchmark Researcher")).Works.Count;
        }

        return works;
    }
}
