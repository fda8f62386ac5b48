using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Traversal;

/// <summary>A relationship read from one of its ends: from <see cref="Source"/> to <see cref="Target"/>, whichever way it points.</summary>
internal readonly record struct Edge(NodeRef Source, Relationship Relationship, NodeRef Target);

/// <summary>
/// The graph as a traversal walks it: relationships of some types, read either way, one store call per frontier.
/// Counts the relationships it examined, for work budgets.
/// </summary>
internal sealed class Adjacency(IGraphStore store, IReadOnlyCollection<RelationshipType>? types, Visibility visibility)
{
    public long Examined { get; private set; }

    /// <summary>Every edge leaving a node of <paramref name="frontier"/>, sorted (<see cref="TraversalOrder.Edges"/>).</summary>
    public async Task<IReadOnlyList<Edge>> EdgesFromAsync(IReadOnlyCollection<NodeRef> frontier, CancellationToken cancellationToken)
    {
        var relationships = await store.GetRelationshipsAsync(frontier, types, visibility, cancellationToken);
        Examined += relationships.Count;
        var sources = frontier.ToHashSet();
        return [.. relationships.SelectMany(r => EdgesOf(r, sources)).Order(TraversalOrder.Edges)];
    }

    /// <summary>A relationship between two frontier nodes is an edge from each; a self-relationship is one edge.</summary>
    private static IEnumerable<Edge> EdgesOf(Relationship relationship, HashSet<NodeRef> sources)
    {
        if (sources.Contains(relationship.From))
        {
            yield return new Edge(relationship.From, relationship, relationship.To);
        }

        if (sources.Contains(relationship.To) && relationship.To != relationship.From)
        {
            yield return new Edge(relationship.To, relationship, relationship.From);
        }
    }
}
