using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Nodes;

namespace Werkplaats.Graph.Api.GraphQL.Traversal;

/// <summary>A relationship in a path or a subgraph.</summary>
public sealed class RelationshipObjectType : ObjectGraphType<RelationshipView>
{
    public RelationshipObjectType()
    {
        Name = "Relationship";
        Description = "A relationship between two nodes, as stored: `from` -[type]-> `to`, with its properties.";
        Field<NonNullGraphType<RelationshipTypeEnumType>>("type").Description("The relationship's type.")
            .Resolve(context => context.Source.Relationship.Type);
        Field<NonNullGraphType<NodeInterface>>("from").Description("The node the relationship points from.")
            .Resolve(context => context.Source.From);
        Field<NonNullGraphType<NodeInterface>>("to").Description("The node the relationship points to.")
            .Resolve(context => context.Source.To);
        Field<BooleanGraphType>("forward")
            .Description("In a path: true when the path walks the relationship from `from` to `to`, false when against it; null outside paths.")
            .Resolve(context => context.Source.WalkedForward);
        Field<StringGraphType>("role").Description("INVOLVES: the party's role.")
            .Resolve(context => context.Source.Relationship.Role);
        Field<ParticipationModeType>("mode").Description("PARTICIPATES_IN: Arena or Tribune.")
            .Resolve(context => context.Source.Relationship.Mode);
        Field<DateType>("since").Description("PARTICIPATES_IN: since when.")
            .Resolve(context => context.Source.Relationship.Since);
    }
}
