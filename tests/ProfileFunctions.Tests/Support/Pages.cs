using System.Net;
using System.Text;

namespace ProfileFunctions.Tests.Support;

/// <summary>Small listing pages in the six layouts' markup, for crawl tests.</summary>
internal static class Pages
{
    public static string ArxivListing(string name, params (string Id, string Title, string[] Authors)[] works)
    {
        var html = new StringBuilder($"<!doctype html><html><head><meta charset=utf-8><title>{E(name)}'s articles on arXiv</title></head><body><div id=dlpage><h1>{E(name)}'s articles on arXiv</h1><dl id=articles>");
        foreach (var (id, title, authors) in works)
        {
            html.Append($"<dt><a href=\"/abs/{id}\" title=\"Abstract\">arXiv:{id}</a></dt><dd><div class=meta><div class='list-title mathjax'><span class=descriptor>Title:</span> {E(title)}</div>")
                .Append("<div class=list-authors>").Append(string.Join(", ", authors.Select(a => $"<a href=\"/a/x\">{E(a)}</a>"))).Append("</div>")
                .Append("<div class=list-subjects><span class=descriptor>Subjects:</span> Machine Learning (cs.LG)</div></div></dd>");
        }

        return html.Append("</dl></div></body></html>").ToString();
    }

    public static string Profile(string name, string affiliation, params (string Title, int Year, string Abstract)[] works)
    {
        var html = new StringBuilder($"<!doctype html><html><head><meta charset=utf-8><title>{E(name)}</title></head><body><main class=researcher-page><h1 class=researcher-name>{E(name)}</h1>")
            .Append($"<p class=researcher-summary>{E(name)} studies things.</p><div class=chips><span class='chip chip-role'>Researcher</span><span class='chip chip-affiliation'>{E(affiliation)}</span></div>")
            .Append("<p class=trust-line><span class=trust-score>Trust 40 - Growing</span></p><ol class=work-list>");
        foreach (var (title, year, summary) in works)
        {
            html.Append($"<li class=work-item><p class=work-meta><span class=work-type>preprint</span><span class=work-year>{year}</span><span class=work-venue>arXiv</span></p>")
                .Append($"<h3 class=work-title><a href=\"/works/{Uri.EscapeDataString(title)}\">{E(title)}</a></h3><p class=work-abstract>{E(summary)}</p></li>");
        }

        return html.Append("</ol></main></body></html>").ToString();
    }

    public static string Digest(string id, string title, string[] authors, string summary) =>
        $"<!doctype html><html><head><meta charset=utf-8><title>{E(title)}</title></head><body><main class=paper><h1 class=paper-heading>{E(title)}</h1><ul class=paper-facts>"
        + $"<li>URL: <a href=\"http://arxiv.org/abs/{id}v1\">http://arxiv.org/abs/{id}v1</a></li><li>Date: <time datetime=\"2021-09-22T12:29:15Z\">Wed, 22 Sep 2021</time></li>"
        + $"<li>Authors: {E(string.Join(", ", authors))}</li><li>Abstract: <span class=abstract>{E(summary)}</span></li></ul></main></body></html>";

    public static string TopicAuthor(string lastFirst, string? next, params string[] titles)
    {
        var html = new StringBuilder($"<!doctype html><html><head><meta charset=utf-8><title>{E(lastFirst)} | AITopics</title></head><body>")
            .Append($"<aside><section class='facet facet-authors'><ul><li class='facet-value is-selected'><a href='/a'>{E(lastFirst)}</a></li></ul></section></aside><main class=results>");
        foreach (var title in titles)
        {
            html.Append($"<article class=result><h3 class=result-title><a href=\"/doc/{Uri.EscapeDataString(title)}/\">{E(title)}</a></h3><p class=result-source><span class=source-name>arXiv.org</span> <span class=source-category>Artificial Intelligence</span></p><div class=result-summary>About {E(title)}.</div></article>");
        }

        if (next is not null)
        {
            html.Append($"<nav class=pager><a rel=next href=\"{E(next)}\">Next</a></nav>");
        }

        return html.Append("</main></body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
