using Scriban;
using Scriban.Syntax;

namespace ProfileFunctions.Rendering;

/// <summary>
/// <c>linked_names work.authors</c>: the names, comma-separated, each a link to its profile when we have one. A
/// Scriban loop costs about a microsecond per name, and a page with 30 works lists a hundred names, so this list is
/// written here, escaped like every other value.
/// </summary>
internal sealed class LinkedNames() : OutputFunction("names")
{
    protected override void Write(TemplateContext context, ScriptNode? caller, object? argument)
    {
        if (argument is not IReadOnlyList<AuthorView> names)
        {
            throw new ScriptRuntimeException(caller?.Span ?? default, "linked_names takes a list of names with their profile links");
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
    }
}
