using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Practices;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Actors;

/// <summary>An actor taking part in a practice (INVOLVES), read from either end.</summary>
public sealed class InvolvementType : ObjectGraphType<Link>
{
    public InvolvementType()
    {
        Name = "Involvement";
        Description = "A party taking part in a learning practice, and in which role (INVOLVES {role}).";
        Field<NonNullGraphType<ActorType>>("actor").Description("The party.")
            .Resolve(context => context.Reader().Node<Actor>(context.Source.Relationship.To));
        Field<NonNullGraphType<PracticeType>>("practice").Description("The practice.")
            .Resolve(context => context.Reader().Node<Practice>(context.Source.Relationship.From));
        Field<StringGraphType>("role").Description("The party's role in the practice (Dutch, e.g. `uitvoerder`).")
            .Resolve(context => context.Source.Relationship.Role);
    }
}
