using System.Text.Json.Serialization;
using ProfileFunctions.Crawling;
using ProfileFunctions.Extraction.Model;
using ProfileFunctions.Queues;
using ProfileFunctions.Researchers;

namespace ProfileFunctions.Serialization;

/// <summary>
/// The JSON shapes stored (snapshots, researcher parts) and exchanged (queue messages): source-generated, camelCase,
/// with a fixed property order, so the same content always gives the same bytes and the same content hash.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(SourceSnapshot))]
[JsonSerializable(typeof(ResearcherRecord))]
[JsonSerializable(typeof(MergedWork))]
[JsonSerializable(typeof(ResearcherProfile))]
[JsonSerializable(typeof(IReadOnlyList<RelatedPaper>))]
[JsonSerializable(typeof(IReadOnlyList<Collaborator>))]
[JsonSerializable(typeof(IReadOnlyList<SourceReference>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(CrawlRequestMessage))]
[JsonSerializable(typeof(RenderRequestMessage))]
[JsonSerializable(typeof(PoisonMessage))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
