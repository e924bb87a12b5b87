using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ProfileFunctions.Rendering;

/// <summary>
/// A Scriban context in which every value a template outputs is HTML-escaped unless it is <see cref="TrustedHtml"/>:
/// escaping is the default by construction, so a template that forgets a filter is still safe. An include renders the
/// included template straight into the page being written (its own values escaped the same way), and the page model's
/// typed rows are read through compiled accessors rather than reflection. Functions it adds: <c>linked_names</c>.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    private readonly ModelAccessors _accessors;

    public HtmlTemplateContext(ITemplateLoader loader, IReadOnlyDictionary<string, Template> parsed, ModelAccessors accessors)
    {
        _accessors = accessors;
        TemplateLoader = loader;
        foreach (var (name, template) in parsed)
        {
            // The loader names a template by its file name: includes find these instead of parsing them again.
            CachedTemplates[name] = template;
        }

        StrictVariables = true;
        LoopLimit = 100_000;
        BuiltinObject.SetValue("include", new DirectInclude(), readOnly: true);
        BuiltinObject.SetValue("linked_names", new LinkedNames(), readOnly: true);
    }

    /// <summary>The buffer this context renders pages into, reused from one render to the next.</summary>
    public PageBuffer Page { get; } = new();

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml trusted:
                return Write(trusted.Html);
            default:
                HtmlText.Escape(ObjectToString(textAsObject), this);
                return this;
        }
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        _accessors.For(target.GetType()) ?? base.GetMemberAccessorImpl(target);
}
