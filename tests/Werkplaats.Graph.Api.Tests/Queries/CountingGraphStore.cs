using System.Collections.Concurrent;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Tests.Queries;

/// <summary>Passes every call to the real store and counts the reads, so tests can prove resolvers batch.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentQueue<NodeQuery> _queries = new();
    private int _reads;

    public int Reads => _reads;

    /// <summary>The node queries since the last <see cref="Reset"/>, in the order they came.</summary>
    public IReadOnlyList<NodeQuery> Queries => [.. _queries];

    public void Reset()
    {
        Interlocked.Exchange(ref _reads, 0);
        _queries.Clear();
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken) => inner.GetStatusAsync(cancellationToken);

    public Task<DataVersion> GetDataVersionAsync(CancellationToken cancellationToken) => inner.GetDataVersionAsync(cancellationToken);

    public Task<ImportResult> ImportAsync(GraphSnapshot snapshot, CancellationToken cancellationToken) =>
        inner.ImportAsync(snapshot, cancellationToken);

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(
        IReadOnlyCollection<NodeRef> refs, Visibility visibility, CancellationToken cancellationToken) =>
        Count(inner.GetNodesAsync(refs, visibility, cancellationToken));

    public Task<Page<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        _queries.Enqueue(query);
        return Count(inner.FindNodesAsync(query, cancellationToken));
    }

    public Task<IReadOnlyList<Link>> GetLinksAsync(
        IReadOnlyCollection<NodeRef> from, Hop hop, Visibility visibility, CancellationToken cancellationToken) =>
        Count(inner.GetLinksAsync(from, hop, visibility, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Count(inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        IReadOnlyCollection<NodeRef> nodes,
        IReadOnlyCollection<RelationshipType>? types,
        Visibility visibility,
        CancellationToken cancellationToken) =>
        Count(inner.GetRelationshipsAsync(nodes, types, visibility, cancellationToken));

    public Task<IReadOnlyList<PairCount>> CountPairsAsync(
        NodeKind kind, NodeFilter filter, Hop first, Hop second, Visibility visibility, CancellationToken cancellationToken) =>
        Count(inner.CountPairsAsync(kind, filter, first, second, visibility, cancellationToken));

    private Task<T> Count<T>(Task<T> call)
    {
        Interlocked.Increment(ref _reads);
        return call;
    }
}
