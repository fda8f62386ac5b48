using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.GraphQL.Traversal;

/// <summary>One path between two nodes.</summary>
public sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "A simple path: `nodes` in order from start to end, and `relationships[i]` between `nodes[i]` and `nodes[i + 1]`.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of relationships.")
            .Resolve(context => context.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Description("The nodes, start to end.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipObjectType>>>>("relationships")
            .Description("The relationships walked, in order; `forward` says whether each was walked along its direction.")
            .Resolve(context => Views(context.Source));
    }

    private static IEnumerable<RelationshipView> Views(GraphPath path) =>
        path.Relationships.Select((relationship, i) =>
        {
            var forward = relationship.From == path.Nodes[i].Ref;
            return new RelationshipView(relationship, forward ? path.Nodes[i] : path.Nodes[i + 1], forward ? path.Nodes[i + 1] : path.Nodes[i], forward);
        });
}
