using System.Text.Json.Serialization;

namespace ProfileFunctions.Sources;

/// <summary>The import file format: an array of source requests, keys in camelCase.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(List<SourceRequest>))]
[JsonSerializable(typeof(SourceRequest))]
internal sealed partial class SourceJsonContext : JsonSerializerContext;
