using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Traversal;

/// <summary>A relationship with both its nodes at hand, and for a path which way it was walked.</summary>
public sealed record RelationshipView(Relationship Relationship, GraphNode From, GraphNode To, bool? WalkedForward = null)
{
    /// <summary>Views of the relationships whose both ends are among <paramref name="nodes"/>.</summary>
    public static IEnumerable<RelationshipView> Of(IEnumerable<Relationship> relationships, IReadOnlyDictionary<NodeRef, GraphNode> nodes) =>
        from relationship in relationships
        where nodes.ContainsKey(relationship.From) && nodes.ContainsKey(relationship.To)
        select new RelationshipView(relationship, nodes[relationship.From], nodes[relationship.To]);
}
