using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProfileFunctions.Rendering;

/// <summary>
/// <c>include 'name'</c>: the named template (found through the template loader) evaluated in place. Scriban's own
/// include renders into a separate buffer and returns a string, which would then be copied into the page.
/// </summary>
internal sealed class DirectInclude : IScriptCustomFunction
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
