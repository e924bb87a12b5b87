using System.Text.Json.Serialization;
using ProfileFunctions.Crawling;
using ProfileFunctions.Extraction.Model;
using ProfileFunctions.Researchers;

namespace ProfileFunctions.Storage;

/// <summary>JSON of the parts stored as strings or blobs.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(SourceSnapshot))]
[JsonSerializable(typeof(ResearcherProfile))]
[JsonSerializable(typeof(Work))]
[JsonSerializable(typeof(IReadOnlyList<RelatedPaper>))]
[JsonSerializable(typeof(IReadOnlyList<Collaborator>))]
[JsonSerializable(typeof(IReadOnlyList<SourceReference>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
