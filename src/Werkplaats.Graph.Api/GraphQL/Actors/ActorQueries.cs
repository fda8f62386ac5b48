using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Actors;

/// <summary>The root fields for actors.</summary>
public static class ActorQueries
{
    public static void AddActorQueries(this ObjectGraphType query)
    {
        query.NodeByKeyField<ActorType, Actor>("actor", NodeKind.Actor, "A party by its key.");
        query.NodeListField<object?, ActorConnectionType, ActorFilterType, ActorFilterInput>(
            "actors",
            "The parties of the network, by name.",
            NodeKind.Actor,
            _ => NodeFilter.Everything);
    }
}
