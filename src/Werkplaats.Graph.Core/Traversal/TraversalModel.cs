using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Traversal;

/// <summary>A part of the graph: nodes, the relationships between them, and whether a limit cut it short.</summary>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<Relationship> Relationships, bool Truncated);

/// <summary>
/// A path: <c>Relationships[i]</c> connects <c>Nodes[i]</c> and <c>Nodes[i + 1]</c>, as stored (its From and To say
/// which way it points relative to the path). A path from a node to itself has one node and no relationships.
/// </summary>
public sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<Relationship> Relationships)
{
    public int Length => Relationships.Count;
}

/// <summary>The subgraph within <see cref="Depth"/> hops of a node, of some kinds and relationship types, at most <see cref="Limit"/> nodes.</summary>
public sealed record NeighbourhoodQuery(
    NodeRef Of,
    int Depth,
    IReadOnlyList<NodeKind>? Kinds,
    IReadOnlyList<RelationshipType>? RelationshipTypes,
    int Limit,
    Visibility Visibility);

/// <summary>
/// The shortest simple paths between two nodes, at most <see cref="MaxLength"/> relationships long, whose inner nodes
/// are of the <see cref="Through"/> kinds (any kind when null), at most <see cref="First"/> of them.
/// </summary>
public sealed record PathQuery(
    NodeRef From,
    NodeRef To,
    int MaxLength,
    IReadOnlyList<NodeKind>? Through,
    int First,
    Visibility Visibility);

/// <summary>A lesson in a lifting tree, <see cref="Depth"/> steps from where the tree starts, and the lesson it was reached from.</summary>
public sealed record LineageStep(Lesson Lesson, int Depth, string? ReachedFrom);

/// <summary>A node that a traversal starts or ends at does not exist, or the caller may not see it.</summary>
public sealed class NodeNotFoundException : Exception
{
    public NodeNotFoundException(NodeRef node)
        : base($"There is no {node.Kind} '{node.Key}' (or you may not see it).") => Node = node;

    public NodeNotFoundException()
    {
    }

    public NodeNotFoundException(string message)
        : base(message)
    {
    }

    public NodeNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NodeRef? Node { get; }
}

/// <summary>
/// A traversal argument beyond its bounds (the caps of <see cref="GraphTraversal"/>); the message, written for clients,
/// names the argument, its bounds and the value given.
/// </summary>
public sealed class TraversalArgumentException : Exception
{
    public TraversalArgumentException(string argument, int value, int max)
        : base($"{argument} must be between 1 and {max}; it was {value}.")
    {
    }

    public TraversalArgumentException()
    {
    }

    public TraversalArgumentException(string message)
        : base(message)
    {
    }

    public TraversalArgumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A path search would examine more relationships than its work budget allows.</summary>
public sealed class PathSearchLimitException : Exception
{
    public PathSearchLimitException(int budget)
        : base($"The path search would examine more than {budget} relationships; narrow it with maxLength or through.") =>
        Budget = budget;

    public PathSearchLimitException()
    {
    }

    public PathSearchLimitException(string message)
        : base(message)
    {
    }

    public PathSearchLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Budget { get; }
}
