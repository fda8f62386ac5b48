using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Traversal;

/// <summary>
/// Neighbourhoods, shortest paths and lifting trees, computed over the store's batched adjacency
/// (<see cref="IGraphStore.GetRelationshipsAsync"/>, one call per BFS level), so every adapter answers alike.
/// </summary>
/// <param name="store">The graph.</param>
/// <param name="workBudget">How many relationships one path search may examine; tests lower it.</param>
public sealed class GraphTraversal(IGraphStore store, int workBudget = GraphTraversal.WorkBudget)
{
    public const int MaxDepth = 4;
    public const int MaxNodes = 1000;
    public const int MaxPathLength = 6;
    public const int MaxPaths = 20;
    public const int MaxLineageDepth = 10;
    public const int WorkBudget = 200_000;

    /// <summary>
    /// The nodes within <see cref="NeighbourhoodQuery.Depth"/> hops, breadth first; with Kinds, only nodes of those
    /// kinds are taken in and walked on (the start node always). At most Limit nodes, taken level by level in kind-then-key
    /// order; Truncated tells that more were in reach. The relationships are those seen between the nodes taken.
    /// Nodes come ordered by level, then kind, then key.
    /// </summary>
    /// <exception cref="TraversalArgumentException">depth or limit is out of bounds (<see cref="MaxDepth"/>, <see cref="MaxNodes"/>).</exception>
    /// <exception cref="NodeNotFoundException">the start node does not exist or is not visible.</exception>
    public async Task<Subgraph> NeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken)
    {
        Arguments.InRange("depth", query.Depth, MaxDepth);
        Arguments.InRange("limit", query.Limit, MaxNodes);
        var adjacency = new Adjacency(store, query.RelationshipTypes, query.Visibility);
        var search = new BreadthFirst(query.Of);
        var seen = new HashSet<Relationship>();
        var truncated = false;
        while (search.Depth < query.Depth && search.Frontier.Count > 0)
        {
            var edges = await adjacency.EdgesFromAsync(search.Frontier, cancellationToken);
            seen.UnionWith(edges.Select(e => e.Relationship));
            var ofKinds = edges.Where(e => query.Kinds?.Contains(e.Target.Kind) ?? true);
            truncated |= search.Expand(ofKinds, query.Limit - search.Reached.Count) > 0;
        }

        var nodes = await VisibleAsync(search, query.Visibility, cancellationToken);
        return new Subgraph(
            nodes,
            [.. seen.Where(r => search.HasReached(r.From) && search.HasReached(r.To)).Order(TraversalOrder.Relationships)],
            truncated);
    }

    /// <summary>
    /// The shortest simple paths between two nodes, all of the same (shortest) length: when fewer than First paths
    /// have that length, only those come back, never longer ones. See <see cref="PathEnumerator"/> for their order.
    /// </summary>
    /// <exception cref="TraversalArgumentException">maxLength or first is out of bounds (<see cref="MaxPathLength"/>, <see cref="MaxPaths"/>).</exception>
    /// <exception cref="NodeNotFoundException">an end does not exist or is not visible.</exception>
    /// <exception cref="PathSearchLimitException">the search exceeds the work budget (<see cref="WorkBudget"/>).</exception>
    public async Task<IReadOnlyList<GraphPath>> ShortestPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        Arguments.InRange("maxLength", query.MaxLength, MaxPathLength);
        Arguments.InRange("first", query.First, MaxPaths);
        var ends = (await store.GetNodesAsync([query.From, query.To], query.Visibility, cancellationToken)).ToDictionary(n => n.Ref);
        if (new[] { query.From, query.To }.FirstOrDefault(end => !ends.ContainsKey(end)) is { Key: not null } missing)
        {
            throw new NodeNotFoundException(missing);
        }

        if (query.From == query.To)
        {
            return [new GraphPath([ends[query.From]], [])];
        }

        var paths = await new ShortestPathSearch(new Adjacency(store, null, query.Visibility), query, workBudget)
            .FindAsync(cancellationToken);
        if (paths.Count == 0)
        {
            return [];
        }

        var inner = paths.SelectMany(path => path.Select(e => e.Target)).Where(n => !ends.ContainsKey(n)).Distinct().ToList();
        var nodes = (await store.GetNodesAsync(inner, query.Visibility, cancellationToken)).Concat(ends.Values).ToDictionary(n => n.Ref);
        return
        [
            .. paths.Select(path => new GraphPath(
                [nodes[query.From], .. path.Select(e => nodes[e.Target])], [.. path.Select(e => e.Relationship)])),
        ];
    }

    /// <summary>
    /// The lifting tree of a lesson: <see cref="Direction.Outgoing"/> follows DERIVED_FROM down to the lessons it was
    /// lifted from, <see cref="Direction.Incoming"/> up to the lessons lifted from it (<see cref="Direction.Both"/>
    /// either way), breadth first, each lesson once, ordered by depth, then key. A lesson reached from several lessons
    /// names the first of them by key.
    /// </summary>
    /// <exception cref="TraversalArgumentException">maxDepth is out of bounds (<see cref="MaxLineageDepth"/>).</exception>
    /// <exception cref="NodeNotFoundException">the lesson does not exist or is not visible.</exception>
    public async Task<IReadOnlyList<LineageStep>> LineageAsync(
        string lessonKey, Direction direction, int maxDepth, Visibility visibility, CancellationToken cancellationToken)
    {
        Arguments.InRange(nameof(maxDepth), maxDepth, MaxLineageDepth);
        var adjacency = new Adjacency(store, [RelationshipType.DerivedFrom], visibility);
        var search = new BreadthFirst(new NodeRef(NodeKind.Lesson, lessonKey));
        while (search.Depth < maxDepth && search.Frontier.Count > 0)
        {
            var edges = await adjacency.EdgesFromAsync(search.Frontier, cancellationToken);
            search.Expand(edges.Where(e => Follows(e, direction)));
        }

        var lessons = await VisibleAsync(search, visibility, cancellationToken);
        return
        [
            .. lessons.OfType<Lesson>().Select(lesson => new LineageStep(
                lesson,
                search.DepthOf(lesson.Ref),
                search.ArrivalsAt(lesson.Ref) is [var first, ..] ? first.Source.Key : null)),
        ];
    }

    private static bool Follows(Edge edge, Direction direction) => direction switch
    {
        Direction.Outgoing => edge.Relationship.From == edge.Source,
        Direction.Incoming => edge.Relationship.To == edge.Source,
        _ => true,
    };

    /// <summary>The visible nodes a search reached, by depth, then kind, then key; the root must be among them.</summary>
    private async Task<IReadOnlyList<GraphNode>> VisibleAsync(
        BreadthFirst search, Visibility visibility, CancellationToken cancellationToken)
    {
        var nodes = await store.GetNodesAsync([.. search.Reached], visibility, cancellationToken);
        if (!nodes.Any(n => n.Ref == search.Root))
        {
            throw new NodeNotFoundException(search.Root);
        }

        return [.. nodes.OrderBy(n => search.DepthOf(n.Ref)).ThenBy(n => n.Ref, TraversalOrder.Nodes)];
    }
}
