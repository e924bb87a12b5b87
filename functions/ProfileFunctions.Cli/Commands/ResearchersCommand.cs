using ProfileFunctions.Cli.Hosting;
using ProfileFunctions.Operations;
using ProfileFunctions.Researchers;

namespace ProfileFunctions.Cli.Commands;

/// <summary><c>profiles researchers</c>: the stored researchers with their works, collaborators, topics and sources.</summary>
internal sealed class ResearchersCommand(IReadOnlyDictionary<string, string?>? settings = null) : ICliCommand
{
    public string Name => "researchers";

    public string Usage => "researchers [--json]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken)
    {
        var arguments = CliArguments.Parse(args, [], ["json"]);
        arguments.NoPositionals();
        await using var services = await CliServices.CreateAsync(settings, cancellationToken);
        var researchers = await services.Get<IResearcherStore>().ListAsync(cancellationToken);
        if (arguments.Flag("json"))
        {
            await console.Out.WriteLineAsync(OperatorJson.Researchers(researchers));
            return ProfilesCli.Success;
        }

        foreach (var researcher in researchers)
        {
            await console.Out.WriteLineAsync($"{researcher.Name} ({researcher.Slug}): {researcher.Works.Count} works, {researcher.Collaborators.Count} collaborators, {researcher.Sources.Count} sources");
            foreach (var work in researcher.Works)
            {
                await console.Out.WriteLineAsync($"  {work.Work.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "----"}  {work.Work.Title ?? work.Work.Url}");
            }

            if (researcher.Topics.Count > 0)
            {
                await console.Out.WriteLineAsync($"  topics: {string.Join(", ", researcher.Topics)}");
            }
        }

        return ProfilesCli.Success;
    }
}
