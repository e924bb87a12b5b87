using BenchmarkDotNet.Attributes;
using ProfileFunctions.Extraction;

namespace ProfileFunctions.Benchmarks;

/// <summary>
/// Parse + extract throughput per sample page, single-threaded, bytes in (charset detection included) to records
/// out, with layout detection as in production. Compare <see cref="ParseOnly"/> for AngleSharp's share.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 12)]
public class ExtractionBenchmarks
{
    private readonly PageExtractor _extractor = new(LayoutCatalog.BuiltIn());
    private byte[] _content = [];
    private Uri _url = new("https://example.org/");

    public static IEnumerable<string> Pages => SamplePages.Find().Select(path => Path.GetFileName(Path.GetDirectoryName(path)) + "/" + Path.GetFileName(path));

    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = SamplePages.Find().Single(candidate => candidate.EndsWith(Page, StringComparison.Ordinal));
        _content = File.ReadAllBytes(path);
        _url = new Uri(path);
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly() =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(_content)).All.Length;

    [Benchmark]
    public int ParseAndExtract() =>
        _extractor.Extract(_content, new ExtractionRequest(_url, Researcher: "Benchmark Researcher")).Works.Count;
}

