using Scriban;
using Scriban.Syntax;

namespace ProfileFunctions.Rendering;

/// <summary>
/// <c>include 'name'</c>: the named template (found through the template loader) evaluated in place. Scriban's own
/// include renders into a separate buffer and returns a string, which would then be copied into the page.
/// </summary>
internal sealed class DirectInclude() : OutputFunction("name")
{
    protected override void Write(TemplateContext context, ScriptNode? caller, object? argument)
    {
        var span = caller?.Span ?? default;
        if (context.ObjectToString(argument) is not { Length: > 0 } name)
        {
            throw new ScriptRuntimeException(span, "include needs the name of a template");
        }

        var path = context.GetTemplatePathFromName(name, caller) ?? throw new ScriptRuntimeException(span, $"no template named {name} to include");
        var page = context.GetOrCreateTemplate(path, caller).Page ?? throw new ScriptRuntimeException(span, $"the template {name} is empty");
        context.EnterRecursive(caller);
        context.PushSourceFile(path);
        try
        {
            context.Evaluate(page);
        }
        finally
        {
            context.PopSourceFile();
            context.ExitRecursive(caller);
        }
    }
}
