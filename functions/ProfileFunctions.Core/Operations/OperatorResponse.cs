namespace ProfileFunctions.Operations;

/// <summary>What the operator API answers: an HTTP status and a JSON body.</summary>
public sealed record OperatorResponse(int Status, string Json);
