using System.Collections.Concurrent;
using GraphQL.DataLoader;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Loading;

/// <summary>
/// The per-request read side of the schema: batches node lookups and relationship hops across all resolvers of a
/// level into one store call each, and applies the caller's visibility. Resolvers reach it through RequestServices.
/// </summary>
public sealed class GraphReader
{
    private readonly IGraphStore _store;
    private readonly BatchLoader<NodeRef, GraphNode?> _nodes;
    private readonly BatchLoader<NodeRef, NodeAudit?> _audits;
    private readonly ConcurrentDictionary<Hop, BatchLoader<NodeRef, IReadOnlyList<Link>>> _hops = new();

    public GraphReader(IGraphStore store, IGraphWriter writer, Viewer viewer)
    {
        _store = store;
        Visibility = viewer.Visibility;
        _nodes = new(FetchNodesAsync, null);
        _audits = new(async (refs, ct) => (await writer.GetAuditAsync(refs, ct)).ToDictionary(a => a.Node, NodeAudit? (a) => a), null);
    }

    public Visibility Visibility { get; }

    /// <summary>The node, or null when it does not exist or the caller may not see it.</summary>
    public IDataLoaderResult<GraphNode?> Node(NodeRef node) => _nodes.Load(node);

    /// <summary>The node as its record type, or null.</summary>
    public IDataLoaderResult<T?> Node<T>(NodeRef node)
        where T : GraphNode => _nodes.Load(node).Then(found => found as T);

    /// <summary>Who created and last changed a node and when; null for a node no write has touched.</summary>
    public IDataLoaderResult<NodeAudit?> Audit(NodeRef node) => _audits.Load(node);

    /// <summary>Every visible neighbour of <paramref name="source"/> over <paramref name="hop"/>.</summary>
    public IDataLoaderResult<IReadOnlyList<Link>> Links(NodeRef source, Hop hop) =>
        _hops.GetOrAdd(hop, h => new((sources, ct) => FetchLinksAsync(sources, h, ct), [])).Load(source);

    /// <summary>The neighbours over <paramref name="hop"/> as their record type.</summary>
    public IDataLoaderResult<IReadOnlyList<T>> Neighbours<T>(NodeRef source, Hop hop)
        where T : GraphNode => Links(source, hop).Then(links => (IReadOnlyList<T>)[.. links.Select(l => (T)l.Target)]);

    /// <summary>A page of nodes; not batched, since every list has its own filter and page.</summary>
    public Task<Page<GraphNode>> FindAsync(NodeQuery query, CancellationToken cancellationToken) =>
        _store.FindNodesAsync(query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        _store.SearchAsync(query, cancellationToken);

    private async Task<IReadOnlyDictionary<NodeRef, GraphNode?>> FetchNodesAsync(
        IReadOnlyCollection<NodeRef> refs, CancellationToken cancellationToken)
    {
        var nodes = await _store.GetNodesAsync(refs, Visibility, cancellationToken);
        return nodes.ToDictionary(n => n.Ref, GraphNode? (n) => n);
    }

    private async Task<IReadOnlyDictionary<NodeRef, IReadOnlyList<Link>>> FetchLinksAsync(
        IReadOnlyCollection<NodeRef> sources, Hop hop, CancellationToken cancellationToken)
    {
        var links = await _store.GetLinksAsync(sources, hop, Visibility, cancellationToken);
        return links.GroupBy(l => l.Source).ToDictionary(g => g.Key, IReadOnlyList<Link> (g) => [.. g]);
    }
}
