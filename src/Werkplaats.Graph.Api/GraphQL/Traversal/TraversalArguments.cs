using GraphQL;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.GraphQL.Traversal;

/// <summary>The bounds of traversal arguments, checked before any store call, with errors that name the bound.</summary>
public static class TraversalArguments
{
    public const int DefaultDepth = 1;
    public const int DefaultLimit = 100;
    public const int DefaultMaxLength = 4;
    public const int DefaultPaths = 5;

    public static int InRange(string name, int value, int max)
    {
        if (value < 1 || value > max)
        {
            throw new ExecutionError($"{name} must be between 1 and {max}; it was {value}.") { Code = ErrorCodes.InvalidArgument };
        }

        return value;
    }

    public static int Depth(int value) => InRange("depth", value, GraphTraversal.MaxDepth);

    public static int Limit(int value) => InRange("limit", value, GraphTraversal.MaxNodes);

    public static int MaxLength(int value) => InRange("maxLength", value, GraphTraversal.MaxPathLength);

    public static int Paths(int value) => InRange("first", value, GraphTraversal.MaxPaths);
}
