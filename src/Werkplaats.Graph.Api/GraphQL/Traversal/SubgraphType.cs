using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.GraphQL.Traversal;

/// <summary>A neighbourhood: a part of the graph around a node.</summary>
public sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "A part of the graph: nodes and the relationships between them. The same subgraph downloads as "
            + "GraphML or JSON (for Gephi, Kumu or Neo4j Bloom) from /export/neighbourhood with the same arguments.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes")
            .Description("The nodes, nearest first.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipObjectType>>>>("relationships")
            .Description("The relationships between those nodes.")
            .Resolve(context => RelationshipView.Of(context.Source.Relationships, context.Source.Nodes.ToDictionary(n => n.Ref)));
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when the limit left nodes out: ask with a higher limit, a smaller depth or fewer kinds.")
            .Resolve(context => context.Source.Truncated);
    }
}
