using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// The storage port, shaped by the questions the API answers: every read takes many keys at once (so resolvers batch),
/// every read applies the caller's <see cref="Visibility"/>, and nothing above the port sees a database type.
/// Adapters map database failures to <see cref="GraphStoreException"/>.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates the store's schema (tables, indexes, constraints) when it is missing; safe to call again.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Whether the store can be reached and holds a seeded graph.</summary>
    Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The version of the data the store holds now (see <see cref="DataVersion"/>): cheap enough to read on every
    /// request, so that caches keyed by it never answer from data older than the last write.
    /// </summary>
    Task<DataVersion> GetDataVersionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Upserts a whole snapshot in one transaction: nodes by (kind, key), relationships by (type, from, to).
    /// Never deletes. Importing the same snapshot twice changes nothing the second time.
    /// </summary>
    Task<ImportResult> ImportAsync(GraphSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>The nodes with these refs that exist and are visible; absent ones are simply missing.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(
        IReadOnlyCollection<NodeRef> refs, Visibility visibility, CancellationToken cancellationToken);

    /// <summary>A page of nodes of one kind that match a filter, in order, with the total number of matches.</summary>
    Task<Page<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// One hop from many nodes at once: every visible neighbour over <paramref name="hop"/>, with the relationship
    /// that leads there. Links come back ordered by source, then by the neighbour's natural order.
    /// </summary>
    Task<IReadOnlyList<Link>> GetLinksAsync(
        IReadOnlyCollection<NodeRef> from, Hop hop, Visibility visibility, CancellationToken cancellationToken);

    /// <summary>Full-text search over names, titles, summaries and descriptions, best match first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Every visible relationship that touches one of <paramref name="nodes"/> at either end, of the given types (all
    /// stored types when null; the derived ABOUT only when asked for by name). A relationship is visible when both its
    /// ends are. This is the adjacency that traversals (neighbourhoods, paths, lineage) walk, one call per BFS level.
    /// </summary>
    Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        IReadOnlyCollection<NodeRef> nodes,
        IReadOnlyCollection<RelationshipType>? types,
        Visibility visibility,
        CancellationToken cancellationToken);

    /// <summary>
    /// Counts the visible nodes of <paramref name="kind"/> that match <paramref name="filter"/>, per pair of keys
    /// reached over <paramref name="first"/> and <paramref name="second"/> (e.g. lessons per condition and level).
    /// A node reaching several keys counts in each of their pairs; pairs with no node are left out.
    /// </summary>
    Task<IReadOnlyList<PairCount>> CountPairsAsync(
        NodeKind kind, NodeFilter filter, Hop first, Hop second, Visibility visibility, CancellationToken cancellationToken);
}

/// <summary>How many nodes reach both keys (see <see cref="IGraphStore.CountPairsAsync"/>).</summary>
public sealed record PairCount(string FirstKey, string SecondKey, long Count);
