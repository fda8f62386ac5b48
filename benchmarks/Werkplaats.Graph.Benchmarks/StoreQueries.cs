using Werkplaats.Graph.Core.Generation;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Benchmarks;

/// <summary>
/// The questions the benchmarks ask, on a graph of <c>lessons</c> lessons, as the API asks them for an anonymous
/// caller. Lessons are addressed by their generated keys, so no query depends on reading the graph first.
/// </summary>
public sealed class StoreQueries(IGraphStore store, int lessons)
{
    private static readonly Hop _touches = new(RelationshipType.Touches, Direction.Outgoing, NodeKind.Condition);
    private static readonly Hop _atLevel = new(RelationshipType.AtLevel, Direction.Outgoing, NodeKind.Level);

    // The analyst's question: lessons on social cohesion at neighbourhood level, first page, newest first.
    private static readonly NodeFilter _analystFilter = new NodeFilter.AllOf(
    [
        new NodeFilter.Related([_touches], ["SOCIAL_COHESION"]),
        new NodeFilter.Related([_atLevel], ["NEIGHBOURHOOD"]),
    ]);

    // Taxonomy nodes are hubs whose degree grows with the graph by design; the neighbourhood a researcher explores
    // is that of practices, ateliers, lineage and Arena links.
    private static readonly RelationshipType[] _knowledgeLinks =
    [
        RelationshipType.LearnedIn, RelationshipType.PartOf, RelationshipType.DerivedFrom, RelationshipType.RelatesTo,
        RelationshipType.Involves, RelationshipType.About,
    ];

    private readonly GraphTraversal _traversal = new(store);
    private readonly NodeRef _lesson = Lesson(lessons / 2);
    private readonly NodeRef _pathEnd = Lesson((lessons / 2) + 1);

    public Task<IReadOnlyList<GraphNode>> LookupAsync() =>
        store.GetNodesAsync([_lesson], Visibility.Public, CancellationToken.None);

    public Task<Page<GraphNode>> AnalystFilterAsync() => store.FindNodesAsync(
        new NodeQuery(NodeKind.Lesson, _analystFilter, NodeOrder.Natural, 20, null, Visibility.Public), CancellationToken.None);

    // The same page as a partner page asks it: it shows the first 20 and no total.
    public Task<Page<GraphNode>> AnalystPageAsync() => store.FindNodesAsync(
        new NodeQuery(NodeKind.Lesson, _analystFilter, NodeOrder.Natural, 20, null, Visibility.Public, CountTotal: false),
        CancellationToken.None);

    public Task<IReadOnlyList<PairCount>> MatrixAsync() => store.CountPairsAsync(
        NodeKind.Lesson, NodeFilter.Everything, _touches, _atLevel, Visibility.Public, CancellationToken.None);

    public Task<Subgraph> NeighbourhoodAsync() => _traversal.NeighbourhoodAsync(
        new NeighbourhoodQuery(_lesson, 2, null, _knowledgeLinks, GraphTraversal.MaxNodes, Visibility.Public), CancellationToken.None);

    public Task<IReadOnlyList<GraphPath>> ShortestPathAsync() => _traversal.ShortestPathsAsync(
        new PathQuery(_lesson, _pathEnd, GraphTraversal.MaxPathLength, [NodeKind.Lesson, NodeKind.Practice, NodeKind.Issue], 1, Visibility.Public),
        CancellationToken.None);

    private static NodeRef Lesson(int index) => new(NodeKind.Lesson, GraphGenerator.LessonKey(index));
}
