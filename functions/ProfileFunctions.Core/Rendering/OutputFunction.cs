using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProfileFunctions.Rendering;

/// <summary>
/// A template function of one argument that writes into the page instead of returning a value. Scriban checks the
/// argument count against <see cref="ParameterCount"/> before calling, and passes the argument as it is.
/// </summary>
internal abstract class OutputFunction(string parameter) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(void);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), parameter);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        Write(context, callerContext, arguments[0]);
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Writes the function's output for its argument; <paramref name="caller"/> is the call, for errors.</summary>
    protected abstract void Write(TemplateContext context, ScriptNode? caller, object? argument);
}
