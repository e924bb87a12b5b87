using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProfileFunctions.Rendering;

/// <summary>
/// A Scriban context in which every value a template outputs is HTML-escaped unless it is <see cref="TrustedHtml"/>:
/// escaping is the default by construction, so a template that forgets a filter is still safe. Includes are wrapped
/// so their already-rendered output is written as is.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ITemplateLoader loader)
    {
        TemplateLoader = loader;
        StrictVariables = true;
        LoopLimit = 100_000;
        if (BuiltinObject["include"] is IScriptCustomFunction include)
        {
            BuiltinObject.SetValue("include", new TrustedInclude(include), readOnly: true);
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml trusted => Write(trusted.Html),
        _ => Write(HtmlText.Escape(ObjectToString(textAsObject))),
    };

    /// <summary>The built-in include, its result marked as trusted markup (it is a template's own output, escaped inside).</summary>
    private sealed class TrustedInclude(IScriptCustomFunction inner) : IScriptCustomFunction
    {
        public int RequiredParameterCount => inner.RequiredParameterCount;

        public int ParameterCount => inner.ParameterCount;

        public ScriptVarParamKind VarParamKind => inner.VarParamKind;

        public Type ReturnType => typeof(TrustedHtml);

        public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new TrustedHtml(context.ObjectToString(inner.Invoke(context, callerContext, arguments, blockStatement)) ?? string.Empty);

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new TrustedHtml(context.ObjectToString(await inner.InvokeAsync(context, callerContext, arguments, blockStatement)) ?? string.Empty);
    }
}
