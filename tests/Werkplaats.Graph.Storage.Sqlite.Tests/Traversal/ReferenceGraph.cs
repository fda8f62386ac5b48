using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Storage.Sqlite.Tests.Traversal;

/// <summary>
/// The expected answers for traversal tests, computed the plain way from a snapshot's edge list: a queue-based BFS
/// and an exhaustive enumeration of simple paths. Shares no code with GraphTraversal on purpose.
/// </summary>
public sealed class ReferenceGraph
{
    private readonly List<Relationship> _edges;

    /// <summary>The snapshot as a caller sees it: with <paramref name="publicOnly"/>, draft lessons and their relationships are gone.</summary>
    public ReferenceGraph(GraphSnapshot snapshot, bool publicOnly)
    {
        Nodes = [.. snapshot.Nodes.Where(n => !publicOnly || n is not Lesson { Status: PublicationStatus.Draft })];
        var visible = Nodes.Select(n => n.Ref).ToHashSet();
        _edges = [.. snapshot.Relationships.Where(r => visible.Contains(r.From) && visible.Contains(r.To))];
    }

    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>The level of every node within <paramref name="depth"/> hops; only nodes of <paramref name="kinds"/> besides the start.</summary>
    public Dictionary<NodeRef, int> Levels(NodeRef start, int depth, IReadOnlyList<NodeKind>? kinds, IReadOnlyList<RelationshipType>? types)
    {
        var levels = new Dictionary<NodeRef, int> { [start] = 0 };
        var queue = new Queue<NodeRef>([start]);
        while (queue.TryDequeue(out var node))
        {
            if (levels[node] == depth)
            {
                continue;
            }

            foreach (var (other, _) in Neighbours(node, types))
            {
                if ((kinds is null || kinds.Contains(other.Kind)) && levels.TryAdd(other, levels[node] + 1))
                {
                    queue.Enqueue(other);
                }
            }
        }

        return levels;
    }

    /// <summary>
    /// The expected neighbourhood: the first <paramref name="limit"/> nodes by (level, kind, key), and the relationships
    /// between them that a walk to <paramref name="depth"/> sees (one end above the last level).
    /// </summary>
    public (List<NodeRef> Nodes, List<Relationship> Relationships, bool Truncated) Neighbourhood(
        NodeRef start, int depth, IReadOnlyList<NodeKind>? kinds, IReadOnlyList<RelationshipType>? types, int limit)
    {
        var levels = Levels(start, depth, kinds, types);
        var nodes = levels.Keys.OrderBy(n => levels[n]).ThenBy(n => n.Kind).ThenBy(n => n.Key, StringComparer.Ordinal).Take(limit).ToList();
        var relationships = _edges.Where(r => types?.Contains(r.Type) ?? true)
            .Where(r => nodes.Contains(r.From) && nodes.Contains(r.To) && Math.Min(levels[r.From], levels[r.To]) < depth)
            .ToList();
        return (nodes, relationships, levels.Count > limit);
    }

    /// <summary>Every simple path of at most <paramref name="maxLength"/> relationships, inner nodes of the <paramref name="through"/> kinds.</summary>
    public List<(List<NodeRef> Nodes, List<Relationship> Relationships)> SimplePaths(
        NodeRef from, NodeRef to, int maxLength, IReadOnlyList<NodeKind>? through)
    {
        var paths = new List<(List<NodeRef>, List<Relationship>)>();
        var nodes = new List<NodeRef> { from };
        var relationships = new List<Relationship>();

        void Extend(NodeRef node)
        {
            if (node == to)
            {
                paths.Add(([.. nodes], [.. relationships]));
                return;
            }

            if (relationships.Count == maxLength)
            {
                return;
            }

            foreach (var (other, relationship) in Neighbours(node, null))
            {
                if (!nodes.Contains(other) && (other == to || through is null || through.Contains(other.Kind)))
                {
                    nodes.Add(other);
                    relationships.Add(relationship);
                    Extend(other);
                    nodes.RemoveAt(nodes.Count - 1);
                    relationships.RemoveAt(relationships.Count - 1);
                }
            }
        }

        Extend(from);
        return paths;
    }

    /// <summary>Hops from <paramref name="from"/> to <paramref name="to"/> with inner nodes of the through kinds, by BFS; null when unreachable.</summary>
    public int? Distance(NodeRef from, NodeRef to, IReadOnlyList<NodeKind>? through)
    {
        var distances = new Dictionary<NodeRef, int> { [from] = 0 };
        var queue = new Queue<NodeRef>([from]);
        while (queue.TryDequeue(out var node))
        {
            if (node == to)
            {
                return distances[node];
            }

            if (node != from && through is not null && !through.Contains(node.Kind))
            {
                continue;
            }

            foreach (var (other, _) in Neighbours(node, null))
            {
                if (distances.TryAdd(other, distances[node] + 1))
                {
                    queue.Enqueue(other);
                }
            }
        }

        return null;
    }

    public bool Contains(Relationship relationship) => _edges.Contains(relationship);

    private IEnumerable<(NodeRef Other, Relationship Relationship)> Neighbours(NodeRef node, IReadOnlyList<RelationshipType>? types) =>
        _edges.Where(r => types?.Contains(r.Type) ?? true).SelectMany(r =>
            r.From == node ? [(r.To, r)] : r.To == node ? new[] { (r.From, r) } : []);
}
