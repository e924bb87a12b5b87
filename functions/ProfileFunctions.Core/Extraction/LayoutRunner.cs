using AngleSharp.Dom;
using ProfileFunctions.Extraction.Model;

namespace ProfileFunctions.Extraction;

/// <summary>Runs a compiled <see cref="Layout"/> over one page, row by row: a row that cannot be read is a warning.</summary>
internal sealed class LayoutRunner(IReadOnlyDictionary<string, IWorkReader> readers)
{

    public PageExtraction Run(Layout layout, PageContext context, string? researcherName)
    {
        var fields = new FieldEvaluator(context);
        IReadOnlyList<IElement> root = [context.Document.DocumentElement];

        var researcher = ReadResearcher(layout.Researcher, root, fields, context, researcherName);
        var works = layout.Reader is { } readerName
            ? readers[readerName].ReadWorks(context)
            : ReadRows(layout.Works, layout.WorkRowIndex, root, context, "works", (scope, index) => ReadWork(layout.Works!, scope, fields, context, index));
        var related = ReadRows(layout.Related, layout.RelatedRowIndex, root, context, "related", (scope, index) => ReadRelated(layout.Related!, scope, fields, context, index));
        context.UseRowIndex(null);
        var next = fields.ReadText(layout.Next, root, FieldKind.Url);

        return new PageExtraction(layout.Name, researcher, works, related, next, context.Warnings);
    }

    private static ExtractedResearcher? ReadResearcher(ResearcherSpec? spec, IReadOnlyList<IElement> root, FieldEvaluator fields, PageContext context, string? researcherName)
    {
        var name = fields.ReadText(spec?.Name, root, FieldKind.Name) ?? researcherName;
        if (name is null)
        {
            if (spec?.Name is not null)
            {
                context.Warnings.Add("researcher: the page names no researcher; pass --researcher to say who it is about");
            }

            return null;
        }

        if (spec is null || !spec.DescribesProfile)
        {
            return new ExtractedResearcher(name);
        }

        var profile = new ResearcherProfile(
            Summary: fields.ReadText(spec.Profile.GetValueOrDefault("summary"), root, FieldKind.Prose),
            Affiliation: fields.ReadText(spec.Profile.GetValueOrDefault("affiliation"), root, FieldKind.Text),
            Roles: fields.ReadList(spec.Profile.GetValueOrDefault("roles"), root, FieldKind.Text),
            OpenToCollaborate: fields.ReadFlag(spec.Profile.GetValueOrDefault("openToCollaborate"), root),
            Trust: ReadTrust(spec, root, fields),
            Counts: ReadCounts(spec.Counts, root, context),
            Topics: fields.ReadList(spec.Profile.GetValueOrDefault("topics"), root, FieldKind.Text));
        return new ExtractedResearcher(name, profile);
    }

    private static TrustSnapshot? ReadTrust(ResearcherSpec spec, IReadOnlyList<IElement> root, FieldEvaluator fields)
    {
        if (spec.Trust.Count == 0)
        {
            return null;
        }

        var trust = new TrustSnapshot(
            Score: fields.ReadInteger(spec.Trust.GetValueOrDefault("score"), root, "trust.score"),
            Label: fields.ReadText(spec.Trust.GetValueOrDefault("label"), root, FieldKind.Text),
            VerificationLevel: fields.ReadInteger(spec.Trust.GetValueOrDefault("verificationLevel"), root, "trust.verificationLevel"),
            Claimed: fields.ReadFlag(spec.Trust.GetValueOrDefault("claimed"), root));
        return trust is { Score: null, Label: null, VerificationLevel: null, Claimed: null } ? null : trust;
    }

    private static ProfileCounts? ReadCounts(CountsSpec? spec, IReadOnlyList<IElement> root, PageContext context)
    {
        if (spec is null)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in context.Select(spec.Items, root))
        {
            var valueElement = context.Select(spec.Value, [item]) is { Count: > 0 } values ? values[0] : null;
            var number = valueElement is null ? null : context.Text.Read(valueElement) is { } text ? Text.TextNormalizer.Integer(text) : null;
            var label = context.Text.Read(item, spec.Value);
            if (number is null || label is null)
            {
                continue;
            }

            foreach (var (key, pattern) in spec.Labels)
            {
                if (!counts.ContainsKey(key) && pattern.IsMatch(label))
                {
                    counts[key] = number.Value;
                    break;
                }
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        return new ProfileCounts(
            counts.TryGetValue("works", out var works) ? works : null,
            counts.TryGetValue("followers", out var followers) ? followers : null,
            counts.TryGetValue("topics", out var topics) ? topics : null,
            counts.TryGetValue("collaborators", out var collaborators) ? collaborators : null);
    }

    private static IReadOnlyList<T> ReadRows<T>(ItemsSpec? spec, SelectorIndex? rowIndex, IReadOnlyList<IElement> root, PageContext context, string what, Func<IReadOnlyList<IElement>, int, T?> read)
        where T : class
    {
        if (spec is null)
        {
            return [];
        }

        var items = context.Select(spec.Items, root);
        context.UseRowIndex(rowIndex);
        var rows = new List<T>();
        var index = 0;
        foreach (var item in items)
        {
            index++;
            IReadOnlyList<IElement> scope = spec.PairWith is not null && item.NextElementSibling is { } sibling && spec.PairWith.Match(sibling, null)
                ? [item, sibling]
                : [item];
            try
            {
                if (read(scope, index) is { } row)
                {
                    rows.Add(row);
                }
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException ex)
            {
                context.Warnings.Add($"{what}[{index}] skipped: a pattern took too long ({ex.Pattern})");
            }
        }

        return rows;
    }

    private static Work? ReadWork(ItemsSpec spec, IReadOnlyList<IElement> scope, FieldEvaluator fields, PageContext context, int index)
    {
        FieldSpec? Field(string name) => spec.Fields.GetValueOrDefault(name);

        var work = new Work(
            Title: fields.ReadText(Field("title"), scope, FieldKind.Prose),
            Abstract: fields.ReadText(Field("abstract"), scope, FieldKind.Prose),
            Year: fields.ReadYear(Field("year"), scope),
            Venue: fields.ReadText(Field("venue"), scope, FieldKind.Text),
            Type: fields.ReadText(Field("type"), scope, FieldKind.Text),
            Url: fields.ReadText(Field("url"), scope, FieldKind.Url),
            ArxivId: fields.ReadText(Field("arxivId"), scope, FieldKind.ArxivId),
            Authors: fields.ReadList(Field("authors"), scope, FieldKind.Name),
            Date: fields.ReadText(Field("date"), scope, FieldKind.Date),
            License: fields.ReadText(Field("license"), scope, FieldKind.Text),
            Subjects: fields.ReadList(Field("subjects"), scope, FieldKind.Text));

        if (spec.Required.Any(name => WorkHas(work, name)))
        {
            return work;
        }

        context.Warnings.Add($"works[{index}] skipped: none of {string.Join(", ", spec.Required)} could be read");
        return null;
    }

    private static RelatedPaper? ReadRelated(ItemsSpec spec, IReadOnlyList<IElement> scope, FieldEvaluator fields, PageContext context, int index)
    {
        FieldSpec? Field(string name) => spec.Fields.GetValueOrDefault(name);

        var related = new RelatedPaper(
            Title: fields.ReadText(Field("title"), scope, FieldKind.Prose),
            Url: fields.ReadText(Field("url"), scope, FieldKind.Url),
            Score: fields.ReadNumber(Field("score"), scope),
            Date: fields.ReadText(Field("date"), scope, FieldKind.Date),
            Summary: fields.ReadList(Field("summary"), scope, FieldKind.Prose));

        if (related.Title is not null || related.Url is not null)
        {
            return related;
        }

        context.Warnings.Add($"related[{index}] skipped: neither title nor url could be read");
        return null;
    }

    private static bool WorkHas(Work work, string field) => field switch
    {
        "title" => work.Title is not null,
        "abstract" => work.Abstract is not null,
        "url" => work.Url is not null,
        "arxivId" => work.ArxivId is not null,
        "year" => work.Year is not null,
        "venue" => work.Venue is not null,
        "authors" => work.Authors.Count > 0,
        _ => false,
    };
}
