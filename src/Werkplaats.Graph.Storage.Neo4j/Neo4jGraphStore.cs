using Microsoft.Extensions.Options;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Neo4j.Cypher;
using Werkplaats.Graph.Storage.Neo4j.Http;

namespace Werkplaats.Graph.Storage.Neo4j;

/// <summary>
/// The storage port on Neo4j, over the Query API. A singleton: every call is its own HTTP request (or explicit
/// transaction). Reads are idempotent, so a transient Neo4j error is tried again; every statement comes from
/// <see cref="CypherCatalogue"/>.
/// </summary>
internal sealed partial class Neo4jGraphStore(QueryApiClient client, IOptions<Neo4jOptions> options) : IGraphStore
{
    /// <summary>The relationship types read when the caller names none: every stored type, not the derived ABOUT.</summary>
    private static readonly RelationshipType[] _storedTypes =
        [.. Enum.GetValues<RelationshipType>().Where(t => !RelationshipSchema.IsDerived(t))];

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in CypherCatalogue.Bootstrap())
        {
            await client.RetryAsync(() => client.RunAsync(statement, AccessMode.Write, cancellationToken), cancellationToken);
        }
    }

    /// <summary>One small read by a unique id: cheap enough for every request.</summary>
    public async Task<DataVersion> GetDataVersionAsync(CancellationToken cancellationToken) =>
        (await ReadAsync(CypherCatalogue.ReadDataVersion(), cancellationToken)).Rows.FirstOrDefault() is { } row
            ? new DataVersion(row.Text("store")!, row.Long("number"))
            : throw new GraphStoreException("The graph store has no data version; it was not initialized.");

    /// <summary>Seeded means the store holds any node of the graph: imports are all-or-nothing.</summary>
    public async Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await ReadAsync(CypherCatalogue.CountNodes(), cancellationToken);
            var count = result.Rows.Single().Long("nodes");
            return new StoreStatus(true, count > 0, count, null);
        }
        catch (GraphStoreException problem)
        {
            return new StoreStatus(false, false, 0, problem.Message);
        }
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(
        IReadOnlyCollection<NodeRef> refs, Visibility visibility, CancellationToken cancellationToken)
    {
        var requested = refs.Distinct().ToList();
        var found = new Dictionary<NodeRef, GraphNode>();
        foreach (var kind in requested.GroupBy(r => r.Kind))
        {
            var result = await ReadAsync(CypherCatalogue.GetNodes(kind.Key, [.. kind.Select(r => r.Key)], visibility), cancellationToken);
            foreach (var row in result.Rows)
            {
                var node = NodeProperties.ToNode(kind.Key, row["node"]);
                found[node.Ref] = node;
            }
        }

        return [.. requested.Where(found.ContainsKey).Select(r => found[r])];
    }

    public async Task<Page<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        var sort = NodeSort.For(query.Kind, query.Order);
        long? total = query.CountTotal
            ? (await ReadAsync(CypherCatalogue.Count(query), cancellationToken)).Rows.Single().Long("total")
            : null;
        var rows = (await ReadAsync(CypherCatalogue.FindPage(query), cancellationToken)).Rows.Select(r => r["node"]).ToList();
        var items = rows.Take(Math.Max(query.First, 0))
            .Select(properties => NodeProperties.ToNode(query.Kind, properties))
            .Select(node => new PageItem<GraphNode>(node, sort.PositionOf(node)))
            .ToList();
        return new Page<GraphNode>(items, total, rows.Count > items.Count);
    }

    public async Task<IReadOnlyList<Link>> GetLinksAsync(
        IReadOnlyCollection<NodeRef> from, Hop hop, Visibility visibility, CancellationToken cancellationToken)
    {
        var links = new List<Link>();
        foreach (var kind in from.Distinct().GroupBy(r => r.Kind).OrderBy(g => g.Key))
        {
            var result = await ReadAsync(CypherCatalogue.GetLinks(kind.Key, [.. kind.Select(r => r.Key)], hop, visibility), cancellationToken);
            links.AddRange(result.Rows.Select(row =>
            {
                var source = new NodeRef(kind.Key, row.Text("source")!);
                var target = NodeProperties.ToNode(hop.Target, row["node"]);
                var outgoing = row.Flag("outgoing");
                var relationship = NodeProperties.ToRelationship(
                    hop.Type, outgoing ? source : target.Ref, outgoing ? target.Ref : source, row.Text("role"), row.Text("mode"), row.Text("since"));
                return new Link(source, target, relationship);
            }));
        }

        return links;
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (CypherCatalogue.Search(query) is not { } statement)
        {
            return [];
        }

        var result = await ReadAsync(statement, cancellationToken);
        return [.. result.Rows.Select(row =>
            new SearchHit(NodeProperties.ToNode(NodeProperties.KindOf(row.Text("kind")!), row["node"]), row["score"].GetDouble()))];
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        IReadOnlyCollection<NodeRef> nodes,
        IReadOnlyCollection<RelationshipType>? types,
        Visibility visibility,
        CancellationToken cancellationToken)
    {
        var wanted = (types ?? _storedTypes).Distinct().ToList();
        var relationships = new List<Relationship>();
        foreach (var kind in nodes.Distinct().GroupBy(r => r.Kind))
        {
            var result = await ReadAsync(
                CypherCatalogue.GetRelationships(kind.Key, [.. kind.Select(r => r.Key)], wanted, visibility), cancellationToken);
            relationships.AddRange(result.Rows.Select(ReadRelationship));
        }

        // A relationship between two of the nodes comes back from both ends.
        return [.. relationships.Distinct()];
    }

    public async Task<IReadOnlyList<PairCount>> CountPairsAsync(
        NodeKind kind, NodeFilter filter, Hop first, Hop second, Visibility visibility, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(CypherCatalogue.CountPairs(kind, filter, first, second, visibility), cancellationToken);
        return [.. result.Rows.Select(row => new PairCount(row.Text("first")!, row.Text("second")!, row.Long("count")))];
    }

    private static Relationship ReadRelationship(QueryResult.Row row) =>
        NodeProperties.ToRelationship(
            NodeProperties.TypeOf(row.Text("type")!),
            new NodeRef(NodeProperties.KindOf(row.Text("fromKind")!), row.Text("fromKey")!),
            new NodeRef(NodeProperties.KindOf(row.Text("toKind")!), row.Text("toKey")!),
            row.Text("role"),
            row.Text("mode"),
            row.Text("since"));

    /// <summary>A read: routed to readers, after the last write's bookmarks, tried again on a transient error.</summary>
    private Task<QueryResult> ReadAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        client.RetryAsync(() => client.RunAsync(statement, AccessMode.Read, cancellationToken), cancellationToken);
}
