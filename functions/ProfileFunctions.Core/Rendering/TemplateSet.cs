using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ProfileFunctions.Rendering;

/// <summary>
/// The site's Scriban templates (<c>*.scriban-html</c> in the templates folder), parsed once when the service starts;
/// a template with an error stops start-up with its file, line and message.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly ModelAccessors _accessors = new();
    private readonly HtmlTemplateContext?[] _contexts = new HtmlTemplateContext?[Environment.ProcessorCount * 2];

    public TemplateSet(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new TemplateException($"templates folder not found: {directory}");
        }

        Directory = directory;
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.scriban-html").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var template = Template.Parse(text, file);
            if (template.HasErrors)
            {
                var first = template.Messages[0];
                throw new TemplateException($"{file}:{first.Span.Start.Line + 1}:{first.Span.Start.Column + 1}: {first.Message}");
            }

            _templates[name] = template;
        }
    }

    /// <summary>The folder the templates and static assets come from.</summary>
    public string Directory { get; }

    /// <summary>Renders a template with the given model, escaping every value by default: the page as UTF-8.</summary>
    public byte[] Render(string name, ScriptObject model)
    {
        var template = _templates.TryGetValue(name, out var found) ? found : throw new TemplateException($"no template named {name} in {Directory}");

        // A context builds Scriban's whole built-in library when created: the largest part of a render. Contexts are
        // not thread-safe, so each render borrows one and leaves it as it found it (model and output popped).
        var context = Borrow();
        context.PushGlobal(model);
        context.PushOutput(context.Page);
        try
        {
            template.Render(context);
            return context.Page.TakeUtf8();
        }
        finally
        {
            context.Page.Clear();
            context.PopOutput();
            context.PopGlobal();
            Return(context);
        }
    }

    private HtmlTemplateContext Borrow()
    {
        for (var i = 0; i < _contexts.Length; i++)
        {
            if (Interlocked.Exchange(ref _contexts[i], null) is { } context)
            {
                return context;
            }
        }

        return new HtmlTemplateContext(this, _templates, _accessors);
    }

    private void Return(HtmlTemplateContext context)
    {
        for (var i = 0; i < _contexts.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _contexts[i], context, null) is null)
            {
                return;
            }
        }
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    // Every template of the folder is parsed at start and handed to each context (HtmlTemplateContext), so an include
    // reaches the loader only for a name the folder does not have.
    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new TemplateException($"no template named {templatePath} to include");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
