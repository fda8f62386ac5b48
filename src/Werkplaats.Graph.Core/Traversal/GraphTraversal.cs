using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Traversal;

/// <summary>
/// Neighbourhoods, shortest paths and lifting trees, computed over the store's batched adjacency
/// (<see cref="IGraphStore.GetRelationshipsAsync"/>, one call per BFS level), so every adapter answers alike.
/// </summary>
public sealed class GraphTraversal(IGraphStore store)
{
    public const int MaxDepth = 4;
    public const int MaxNodes = 1000;
    public const int MaxPathLength = 6;
    public const int MaxPaths = 20;
    public const int WorkBudget = 200_000;

    /// <exception cref="NodeNotFoundException">the start node does not exist or is not visible.</exception>
    public Task<Subgraph> NeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken) =>
        throw new NotImplementedException($"{store} {query} {cancellationToken}");

    /// <exception cref="NodeNotFoundException">an end does not exist or is not visible.</exception>
    /// <exception cref="PathSearchLimitException">the search exceeds <see cref="WorkBudget"/>.</exception>
    public Task<IReadOnlyList<GraphPath>> ShortestPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        throw new NotImplementedException($"{store} {query} {cancellationToken}");

    /// <summary>
    /// The lifting tree of a lesson: <see cref="Direction.Outgoing"/> follows DERIVED_FROM down to the lessons it was
    /// lifted from, <see cref="Direction.Incoming"/> up to the lessons lifted from it, breadth first, each lesson once.
    /// </summary>
    /// <exception cref="NodeNotFoundException">the lesson does not exist or is not visible.</exception>
    public Task<IReadOnlyList<LineageStep>> LineageAsync(
        string lessonKey, Direction direction, int maxDepth, Visibility visibility, CancellationToken cancellationToken) =>
        throw new NotImplementedException($"{store} {lessonKey} {direction} {maxDepth} {visibility} {cancellationToken}");
}
