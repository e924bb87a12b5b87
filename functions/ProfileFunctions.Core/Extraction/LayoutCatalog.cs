namespace ProfileFunctions.Extraction;

/// <summary>
/// The layouts a deployment knows: the six built-in ones (embedded JSON) plus any an operator loads from a folder,
/// which win over a built-in of the same name and, by default, are tried first when detecting.
/// </summary>
public sealed class LayoutCatalog
{
    /// <summary>Priority of operator layouts that set none: above every built-in, so a custom layout wins detection.</summary>
    public const int OperatorPriority = 100;

    private const string ResourcePrefix = "ProfileFunctions.Layouts.";

    private readonly Dictionary<string, Layout> _layouts;
    private readonly Layout[] _detectionOrder;

    private LayoutCatalog(IEnumerable<Layout> layouts)
    {
        _layouts = new Dictionary<string, Layout>(StringComparer.Ordinal);
        foreach (var layout in layouts)
        {
            _layouts[layout.Name] = layout;
        }

        _detectionOrder = _layouts.Values.OrderByDescending(layout => layout.Priority).ThenBy(layout => layout.Name, StringComparer.Ordinal).ToArray();
        DocumentIndex = new SelectorIndex(_detectionOrder.SelectMany(layout => layout.Detect.Concat(layout.DocumentSelectors)));
    }

    /// <summary>Layout names in the order detection tries them.</summary>
    public IReadOnlyList<string> Names => _detectionOrder.Select(layout => layout.Name).ToArray();

    /// <summary>The built-in layouts only.</summary>
    public static LayoutCatalog BuiltIn()
    {
        var reader = new LayoutDefinitionReader(WorkReaders.Names, trusted: true);
        var assembly = typeof(LayoutCatalog).Assembly;
        var layouts = new List<Layout>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var text = new StreamReader(stream);
            layouts.Add(reader.Read(text.ReadToEnd(), defaultPriority: 50));
        }

        return new LayoutCatalog(layouts);
    }

    /// <summary>The built-in layouts plus every <c>*.json</c> layout in <paramref name="directory"/>.</summary>
    /// <exception cref="ExtractionException">The folder is missing or a layout in it is invalid (the message names the file).</exception>
    public static LayoutCatalog WithDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new ExtractionException($"layouts folder not found: {directory}");
        }

        var reader = new LayoutDefinitionReader(WorkReaders.Names);
        var layouts = new List<Layout>(BuiltIn()._layouts.Values);
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                layouts.Add(reader.Read(File.ReadAllText(file), OperatorPriority));
            }
            catch (LayoutDefinitionException ex)
            {
                throw new ExtractionException($"bad layout {file}: {ex.Message}", ex);
            }
        }

        return new LayoutCatalog(layouts);
    }

    /// <summary>Every layout's signature and page-level selectors: one indexed walk per page serves them all.</summary>
    internal SelectorIndex DocumentIndex { get; }

    /// <summary>Whether a layout of that name exists.</summary>
    public bool Contains(string name) => _layouts.ContainsKey(name);

    internal Layout Get(string name) =>
        _layouts.TryGetValue(name, out var layout)
            ? layout
            : throw new ExtractionException($"unknown layout '{name}' (known: {string.Join(", ", Names.Order(StringComparer.Ordinal))})");

    /// <summary>
    /// The first layout, in priority order, whose signature the page carries. Every layout's detection selectors
    /// are matched in the page's one indexed walk (see <see cref="PageContext.DocumentMatches"/>).
    /// </summary>
    internal Layout Detect(PageContext context)
    {
        var found = context.DocumentMatches;
        var best = Array.FindIndex(_detectionOrder, layout => layout.Detect.Any(found.ContainsKey));
        if (best < 0)
        {
            best = _detectionOrder.Length;
        }

        for (var i = 0; i < best; i++)
        {
            var types = _detectionOrder[i].DetectJsonLdTypes;
            if (types.Count > 0 && context.JsonLd.Any(node => types.Any(node.HasType)))
            {
                return _detectionOrder[i];
            }
        }

        return best < _detectionOrder.Length
            ? _detectionOrder[best]
            : throw new ExtractionException($"no layout matches this page (tried: {string.Join(", ", Names)}); pass --layout NAME or add a layout with --layouts DIR");
    }


}
