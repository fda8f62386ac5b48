using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Core.Analysis;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

/// <summary>A partner that bridges ateliers.</summary>
public sealed class BridgingPartnerType : ObjectGraphType<BridgingPartner>
{
    public BridgingPartnerType()
    {
        Name = "BridgingPartner";
        Description = "A partner taking part in several ateliers in the same way (Arena or Tribune): a bridge between them.";
        Field<NonNullGraphType<ActorType>>("actor").Description("The partner.").Resolve(context => context.Source.Actor);
        Field<NonNullGraphType<IntGraphType>>("count").Description("In how many ateliers.")
            .Resolve(context => context.Source.Participations.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipationType>>>>("ateliers")
            .Description("Its participations, one per atelier.")
            .Resolve(context => context.Source.Participations);
    }
}
