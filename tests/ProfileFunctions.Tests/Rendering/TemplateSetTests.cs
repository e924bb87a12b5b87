using System.Text;
using ProfileFunctions.Rendering;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ProfileFunctions.Tests.Rendering;

public sealed class TemplateSetTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("templates-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_template_error_stops_start_up_with_its_file_line_and_message()
    {
        Write("page", "<p>fine</p>\n<p>{{ if }}</p>");

        var error = Assert.Throws<TemplateException>(() => new TemplateSet(_folder.FullName));

        Assert.StartsWith(Path.Combine(_folder.FullName, "page.scriban-html") + ":2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_is_escaped_unless_the_renderer_made_it()
    {
        Write("page", "<p title=\"{{ text }}\">{{ text }}</p>{{ trusted }}");
        var templates = new TemplateSet(_folder.FullName);

        var html = Render(templates, "page", new ScriptObject { ["text"] = "<b>\"Tom & 'Jerry'\"</b>", ["trusted"] = new TrustedHtml("<hr>") });

        Assert.Equal("<p title=\"&lt;b&gt;&quot;Tom &amp; &#39;Jerry&#39;&quot;&lt;/b&gt;\">&lt;b&gt;&quot;Tom &amp; &#39;Jerry&#39;&quot;&lt;/b&gt;</p><hr>", html);
    }

    [Fact]
    public void An_include_writes_the_shared_template_in_place_with_its_values_escaped()
    {
        Write("_layout", "<h1>{{ title }}</h1>");
        Write("page", "<main>{{ include '_layout' }}<p>{{ title }}</p></main>");
        var templates = new TemplateSet(_folder.FullName);

        var html = Render(templates, "page", new ScriptObject { ["title"] = "<i>x</i>" });

        Assert.Equal("<main><h1>&lt;i&gt;x&lt;/i&gt;</h1><p>&lt;i&gt;x&lt;/i&gt;</p></main>", html);
    }

    [Fact]
    public void An_include_takes_only_a_template_name()
    {
        Write("_layout", "<h1>x</h1>");
        Write("page", "{{ include '_layout' 'extra' }}");
        var templates = new TemplateSet(_folder.FullName);

        var error = Assert.Throws<ScriptRuntimeException>(() => templates.Render("page", new ScriptObject()));

        Assert.Contains("Invalid number of arguments `2`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_rows_are_read_by_their_snake_case_member_names()
    {
        Write("page", "{{ for work in works }}{{ work.arxiv_id }}:{{ work.authors.size }}:{{ work.authors[0].name }};{{ end }}");
        var templates = new TemplateSet(_folder.FullName);
        var work = new WorkView("T", null, null, null, null, "2401.00001", null, [new AuthorView("Ada", null)]);

        Assert.Equal("2401.00001:1:Ada;", Render(templates, "page", new ScriptObject { ["works"] = new[] { work } }));
    }

    [Fact]
    public void Linked_names_escapes_every_name_and_link_and_rejects_anything_but_a_list_of_names()
    {
        Write("page", "{{ linked_names names }}");
        Write("wrong", "{{ linked_names 'Ada' }}");
        var templates = new TemplateSet(_folder.FullName);
        AuthorView[] names = [new("<Ada>", "/researchers/ada/?a=1&b=\"2\""), new("Li & Wei", null)];

        Assert.Equal("<a href=\"/researchers/ada/?a=1&amp;b=&quot;2&quot;\">&lt;Ada&gt;</a>, Li &amp; Wei", Render(templates, "page", new ScriptObject { ["names"] = names }));
        var error = Assert.Throws<ScriptRuntimeException>(() => templates.Render("wrong", new ScriptObject()));
        Assert.Contains("linked_names takes a list of names", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_larger_than_the_reused_buffer_render_whole_and_the_next_page_starts_clean()
    {
        Write("page", "{{ text }}");
        var templates = new TemplateSet(_folder.FullName);
        var large = new string('x', 300_000) + "é";

        Assert.Equal(large, Render(templates, "page", new ScriptObject { ["text"] = large }));
        Assert.Equal("small", Render(templates, "page", new ScriptObject { ["text"] = "small" }));
    }

    private static string Render(TemplateSet templates, string name, ScriptObject model) => Encoding.UTF8.GetString(templates.Render(name, model));

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder.FullName, name + ".scriban-html"), text);
}
