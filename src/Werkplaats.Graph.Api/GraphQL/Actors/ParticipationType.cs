using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Issues;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Actors;

/// <summary>An actor in an atelier's Arena or on its Tribune (PARTICIPATES_IN), read from either end.</summary>
public sealed class ParticipationType : ObjectGraphType<Relationship>
{
    public ParticipationType()
    {
        Name = "Participation";
        Description = "A partner taking part in an atelier: acting in its Arena or following from its Tribune "
            + "(PARTICIPATES_IN {mode, since}).";
        Field<NonNullGraphType<ActorType>>("actor").Description("The partner.")
            .Resolve(context => context.Reader().Node<Actor>(context.Source.From));
        Field<NonNullGraphType<IssueType>>("issue").Description("The atelier.")
            .Resolve(context => context.Reader().Node<Issue>(context.Source.To));
        Field<NonNullGraphType<ParticipationModeType>>("mode").Description("Arena or Tribune.")
            .Resolve(context => context.Source.Mode);
        Field<DateType>("since").Description("Since when.")
            .Resolve(context => context.Source.Since);
    }
}
