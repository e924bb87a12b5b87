namespace ProfileFunctions.Cli;

/// <summary>
/// The arguments of one command: positionals, <c>--name value</c> / <c>--name=value</c> options and <c>--flag</c>s.
/// Anything the command does not declare is a usage error, so a typo never passes silently.
/// </summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _options;
    private readonly HashSet<string> _flags;

    private CliArguments(List<string> positionals, Dictionary<string, string> options, HashSet<string> flags)
    {
        Positionals = positionals;
        _options = options;
        _flags = flags;
    }

    public IReadOnlyList<string> Positionals { get; }

    public static CliArguments Parse(IEnumerable<string> args, IReadOnlyCollection<string> options, IReadOnlyCollection<string> flags)
    {
        var positionals = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var set = new HashSet<string>(StringComparer.Ordinal);
        using var cursor = args.GetEnumerator();
        var onlyPositionals = false;
        while (cursor.MoveNext())
        {
            var arg = cursor.Current;
            if (onlyPositionals || !arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                if (arg == "--" && !onlyPositionals)
                {
                    onlyPositionals = true;
                    continue;
                }

                positionals.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? arg[2..equals] : arg[2..];
            if (flags.Contains(name))
            {
                if (equals > 0)
                {
                    throw new CliUsageException($"--{name} takes no value");
                }

                set.Add(name);
            }
            else if (options.Contains(name))
            {
                if (equals > 0)
                {
                    values[name] = arg[(equals + 1)..];
                }
                else if (cursor.MoveNext())
                {
                    values[name] = cursor.Current;
                }
                else
                {
                    throw new CliUsageException($"--{name} needs a value");
                }
            }
            else
            {
                var known = options.Concat(flags).Select(option => "--" + option).ToArray();
                throw new CliUsageException(known.Length == 0 ? $"unknown option --{name}" : $"unknown option --{name} (expected {string.Join(", ", known)})");
            }
        }

        return new CliArguments(positionals, values, set);
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>The single positional argument a command requires.</summary>
    public string Single(string what)
    {
        return Positionals.Count switch
        {
            1 => Positionals[0],
            0 => throw new CliUsageException($"missing {what}"),
            _ => throw new CliUsageException($"expected one {what}, got {Positionals.Count} arguments: {string.Join(" ", Positionals)}"),
        };
    }

    public void NoPositionals()
    {
        if (Positionals.Count > 0)
        {
            throw new CliUsageException($"unexpected argument '{Positionals[0]}'");
        }
    }
}
