namespace ProfileFunctions.Crawling;

/// <summary>
/// The rules of one robots.txt (RFC 9309) that apply to our bot: the group naming our product token, else the
/// <c>*</c> group. The longest matching Allow/Disallow wins, Allow on a tie; <c>*</c> and <c>$</c> are supported.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(bool Allow, string Pattern)> _rules;

    private RobotsRules(List<(bool Allow, string Pattern)> rules, TimeSpan? crawlDelay, string? note)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Note = note;
    }

    /// <summary>No robots.txt (4xx): everything is allowed.</summary>
    public static RobotsRules AllowAll { get; } = new([], null, null);

    /// <summary>The Crawl-delay of the group that applies, if any.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Why everything is disallowed, when robots.txt could not be read.</summary>
    public string? Note { get; }

    /// <summary>robots.txt unreachable (5xx, network): nothing may be fetched until it can be read.</summary>
    public static RobotsRules DisallowAll(string reason) => new([(false, "/")], null, reason);

    public static RobotsRules Parse(string text, string botName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(botName);
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = hash >= 0 ? rawLine[..hash] : rawLine;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                // Consecutive User-agent lines share one group.
                if (current is null || !lastWasAgent)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (current is null)
            {
                continue;
            }

            if (key is "allow" or "disallow" && value.Length > 0)
            {
                // An empty Disallow allows everything, so it adds no rule.
                current.Rules.Add((key == "allow", value));
            }
            else if (key == "crawl-delay"
                && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                current.Delay = TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
            }
        }

        var token = botName.ToLowerInvariant();
        var mine = groups.Where(group => group.Agents.Any(agent => agent != "*" && token.StartsWith(agent, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0)
        {
            mine = groups.Where(group => group.Agents.Contains("*")).ToList();
        }

        return new RobotsRules(
            mine.SelectMany(group => group.Rules).ToList(),
            mine.Select(group => group.Delay).FirstOrDefault(delay => delay is not null),
            null);
    }

    /// <summary>Whether the path and query of a URL may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.PathAndQuery;
        var best = -1;
        var allowed = true;
        foreach (var (allow, pattern) in _rules)
        {
            if (Matches(pattern, path) && (pattern.Length > best || (pattern.Length == best && allow)))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        return Match(body, 0, path, 0, anchored);
    }

    private static bool Match(string pattern, int p, string path, int s, bool anchored)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                for (var skip = s; skip <= path.Length; skip++)
                {
                    if (Match(pattern, p + 1, path, skip, anchored))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (s >= path.Length || !CharEquals(pattern[p], path[s]))
            {
                return false;
            }

            p++;
            s++;
        }

        return !anchored || s == path.Length;
    }

    private static bool CharEquals(char a, char b) => a == b;

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<(bool Allow, string Pattern)> Rules { get; } = [];

        public TimeSpan? Delay { get; set; }
    }
}
