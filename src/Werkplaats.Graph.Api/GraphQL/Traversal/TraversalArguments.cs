namespace Werkplaats.Graph.Api.GraphQL.Traversal;

/// <summary>
/// The defaults of traversal arguments. Their bounds are Core's (<see cref="Core.Traversal.GraphTraversal"/>), checked
/// there before any store call; its refusal reaches clients as INVALID_ARGUMENT.
/// </summary>
public static class TraversalArguments
{
    public const int DefaultDepth = 1;
    public const int DefaultLimit = 100;
    public const int DefaultMaxLength = 4;
    public const int DefaultPaths = 5;
}
