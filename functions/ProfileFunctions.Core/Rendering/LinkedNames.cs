using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProfileFunctions.Rendering;

/// <summary>
/// <c>linked_names work.authors</c>: the names, comma-separated, each a link to its profile when we have one. A
/// Scriban loop costs about a microsecond per name, and a page with 30 works lists a hundred names, so this list is
/// written here, escaped like every other value.
/// </summary>
internal sealed class LinkedNames : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(void);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "names");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments[0] is not IReadOnlyList<AuthorView> names)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, "linked_names takes a list of names with their profile links");
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                context.Write(", ");
            }

            if (names[i].Url is { } url)
            {
                context.Write("<a href=\"");
                HtmlText.Escape(url, context);
                context.Write("\">");
                HtmlText.Escape(names[i].Name, context);
                context.Write("</a>");
            }
            else
            {
                HtmlText.Escape(names[i].Name, context);
            }
        }

        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
