using ProfileFunctions.Extraction.Model;
using ProfileFunctions.Serialization;

namespace ProfileFunctions.Researchers;

/// <summary>
/// Builds a researcher from every snapshot that mentions them: works merged by arXiv id or normalised title, each
/// field taken from the most trusted source that has it (a value from one source never blanks another's),
/// collaborators and topics derived, and a content hash so unchanged researchers are not written again.
/// Pure: the same snapshots always give the same record.
/// </summary>
public static class ResearcherMerger
{
    private const int MaxTopics = 20;
    private const int MaxRelated = 50;

    // Which layouts to trust first for a field two sources disagree on: structured metadata over listings.
    private static readonly string[] LayoutTrust = ["scholarly-meta", "arxiv-listing", "paper-digest", "scholar-profile", "topic-author", "abstract-list"];

    public static ResearcherRecord Merge(string slug, IReadOnlyCollection<Contribution> contributions, ResearcherRecord? previous, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var ordered = contributions
            .OrderBy(c => c.Role == Mention.About ? 0 : 1)
            .ThenBy(c => Trust(c.Snapshot.Layout))
            .ThenBy(c => c.Snapshot.Url, StringComparer.Ordinal)
            .ToArray();

        var about = ordered.Where(c => c.Role == Mention.About && c.Snapshot.Researcher is not null).ToArray();
        var withProfile = about.FirstOrDefault(c => c.Snapshot.Researcher!.Profile is not null);
        var name = (withProfile ?? about.FirstOrDefault())?.Snapshot.Researcher!.Name ?? slug;

        var listed = new List<(Work Work, string Source)>();
        foreach (var contribution in ordered)
        {
            foreach (var work in contribution.Snapshot.Works)
            {
                if (contribution.Role == Mention.About || work.Authors.Any(author => ResearcherSlug.From(author) == slug))
                {
                    listed.Add((work, contribution.Snapshot.Url));
                }
            }
        }

        var works = MergeWorks(listed);
        var related = ordered
            .Where(c => listed.Any(item => item.Source == c.Snapshot.Url))
            .SelectMany(c => c.Snapshot.Related)
            .DistinctBy(paper => paper.Url ?? paper.Title)
            .Take(MaxRelated)
            .ToArray();

        // The hash covers the record with no hash and a fixed change time, the way snapshots are hashed.
        var content = new ResearcherRecord(
            slug,
            name,
            AlternateNames(name, about, works, slug),
            withProfile?.Snapshot.Researcher!.Profile,
            works,
            related,
            Collaborators(works, slug),
            Topics(withProfile?.Snapshot.Researcher!.Profile, works),
            ordered.Select(c => new SourceReference(c.Snapshot.Url, c.Snapshot.Layout, c.Role, c.Snapshot.ChangedAt)).ToArray(),
            ContentHash: string.Empty,
            ChangedAt: DateTimeOffset.UnixEpoch);

        var hash = ContentHash.Of(content, ProfileJsonContext.Default.ResearcherRecord);
        return content with { ContentHash = hash, ChangedAt = previous?.ContentHash == hash ? previous.ChangedAt : now };
    }

    private static int Trust(string layout)
    {
        var index = Array.IndexOf(LayoutTrust, layout);
        return index < 0 ? LayoutTrust.Length : index;
    }

    private static MergedWork[] MergeWorks(List<(Work Work, string Source)> listed)
    {
        // Union-find over the listed works: two works are one when they share an arXiv id or a normalised title.
        var parent = Enumerable.Range(0, listed.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < listed.Count; i++)
        {
            var work = listed[i].Work;
            foreach (var key in new[] { WorkIdentity.ArxivKey(work) is { } a ? "a:" + a : null, WorkIdentity.TitleKey(work.Title) is { } t ? "t:" + t : null, work.Url is { } u ? "u:" + u : null })
            {
                if (key is null)
                {
                    continue;
                }

                if (byKey.TryGetValue(key, out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    byKey[key] = i;
                }
            }
        }

        return Enumerable.Range(0, listed.Count)
            .GroupBy(Find)
            .Select(group => MergeGroup(group.Select(i => listed[i]).ToArray()))
            .OrderByDescending(work => work.Work.Year ?? int.MinValue)
            .ThenByDescending(work => work.Work.Date ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(work => work.Work.Title ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(work => work.Key, StringComparer.Ordinal)
            .ToArray();
    }

    private static MergedWork MergeGroup((Work Work, string Source)[] items)
    {
        T? First<T>(Func<Work, T?> field)
            where T : class => items.Select(item => field(item.Work)).FirstOrDefault(value => value is not null);

        var works = items.Select(item => item.Work).ToArray();
        var merged = new Work(
            Title: First(w => w.Title),
            Abstract: First(w => w.Abstract),
            Year: works.Select(w => w.Year).FirstOrDefault(year => year is not null),
            Venue: First(w => w.Venue),
            Type: First(w => w.Type),
            Url: First(w => w.Url),
            ArxivId: First(w => w.ArxivId),
            Authors: works.Select(w => w.Authors).FirstOrDefault(list => list.Count > 0) ?? [],
            Date: First(w => w.Date),
            License: First(w => w.License),
            Subjects: works.SelectMany(w => w.Subjects).Distinct(StringComparer.Ordinal).ToArray());
        return new MergedWork(WorkIdentity.KeyOf(merged), merged, items.Select(item => item.Source).Distinct(StringComparer.Ordinal).ToArray());
    }

    private static string[] AlternateNames(string name, Contribution[] about, MergedWork[] works, string slug) =>
        about.Select(c => c.Snapshot.Researcher!.Name)
            .Concat(works.SelectMany(w => w.Work.Authors).Where(author => ResearcherSlug.From(author) == slug))
            .Where(other => !string.Equals(other, name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static Collaborator[] Collaborators(MergedWork[] works, string slug)
    {
        var counts = new Dictionary<string, (string Name, int Count)>(StringComparer.Ordinal);
        foreach (var work in works)
        {
            foreach (var author in work.Work.Authors.DistinctBy(ResearcherSlug.From))
            {
                var key = ResearcherSlug.From(author);
                if (key.Length == 0 || key == slug)
                {
                    continue;
                }

                counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Name, seen.Count + 1) : (author, 1);
            }
        }

        return counts.Values
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new Collaborator(c.Name, c.Count))
            .ToArray();
    }

    private static string[] Topics(ResearcherProfile? profile, MergedWork[] works)
    {
        var fromSubjects = works.SelectMany(w => w.Work.Subjects)
            .GroupBy(subject => subject, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.First());
        return (profile?.Topics ?? []).Concat(fromSubjects)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxTopics)
            .ToArray();
    }
}
