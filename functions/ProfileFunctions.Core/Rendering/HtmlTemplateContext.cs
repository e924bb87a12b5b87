using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProfileFunctions.Rendering;

/// <summary>
/// A Scriban context in which every value a template outputs is HTML-escaped unless it is <see cref="TrustedHtml"/>:
/// escaping is the default by construction, so a template that forgets a filter is still safe. An include renders the
/// included template straight into the page being written (its own values escaped the same way), and the page model's
/// typed rows are read through compiled accessors rather than reflection.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    private readonly ModelAccessors _accessors;

    public HtmlTemplateContext(ITemplateLoader loader, ModelAccessors accessors)
    {
        _accessors = accessors;
        TemplateLoader = loader;
        StrictVariables = true;
        LoopLimit = 100_000;
        BuiltinObject.SetValue("include", new DirectInclude(), readOnly: true);
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

    /// <summary>
    /// <c>include 'name'</c>: the named template (found through the template loader) evaluated in place. Scriban's own
    /// include renders into a separate buffer and returns a string, which would then be copied into the page.
    /// </summary>
    private sealed class DirectInclude : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(void);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? default;
            // Scriban checks the argument count against ParameterCount before calling.
            if (context.ObjectToString(arguments[0]) is not { Length: > 0 } name)
            {
                throw new ScriptRuntimeException(span, "include needs the name of a template");
            }

            var path = context.GetTemplatePathFromName(name, callerContext) ?? throw new ScriptRuntimeException(span, $"no template named {name} to include");
            var page = context.GetOrCreateTemplate(path, callerContext).Page ?? throw new ScriptRuntimeException(span, $"the template {name} is empty");
            context.EnterRecursive(callerContext);
            context.PushSourceFile(path);
            try
            {
                context.Evaluate(page);
            }
            finally
            {
                context.PopSourceFile();
                context.ExitRecursive(callerContext);
            }

            return null;
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }
}
