using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Core.Analysis;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

/// <summary>A partner in both ateliers.</summary>
public sealed class SharedPartnerType : ObjectGraphType<SharedPartner>
{
    public SharedPartnerType()
    {
        Name = "SharedPartner";
        Description = "A partner taking part in both ateliers.";
        Field<NonNullGraphType<ActorType>>("actor").Description("The partner.").Resolve(context => context.Source.Actor);
        Field<NonNullGraphType<ParticipationType>>("inA").Description("Its participation in atelier a.").Resolve(context => context.Source.InA);
        Field<NonNullGraphType<ParticipationType>>("inB").Description("Its participation in atelier b.").Resolve(context => context.Source.InB);
    }
}
