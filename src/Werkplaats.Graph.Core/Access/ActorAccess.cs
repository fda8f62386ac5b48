using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Access;

/// <summary>An actor of the graph and what it may read and write, as the graph says right now.</summary>
public sealed record ActorAccess(Actor Actor, Visibility Visibility, WriteAccess Write);

/// <summary>
/// Reads an actor and its links from the store (two calls) and applies <see cref="ReadAccess"/> and <see cref="WriteAccess"/>. Meant to run once per
/// request and never cached across requests, so a change of Arena membership applies to the very next request.
/// </summary>
public sealed class ActorAccessReader(IGraphStore store)
{
    private static readonly RelationshipType[] _accessTypes = [RelationshipType.ParticipatesIn, RelationshipType.Leads];

    /// <summary>The actor's access, or null when the graph has no actor with this key.</summary>
    public async Task<ActorAccess?> ReadAsync(string actorKey, CancellationToken cancellationToken)
    {
        NodeRef actorRef = new(NodeKind.Actor, actorKey);
        // Actors and issues are never drafts, so the public view of them is the whole truth.
        var nodes = await store.GetNodesAsync([actorRef], Visibility.Public, cancellationToken);
        if (nodes is not [Actor actor])
        {
            return null;
        }

        var relationships = await store.GetRelationshipsAsync([actorRef], _accessTypes, Visibility.Public, cancellationToken);
        return new ActorAccess(actor, ReadAccess.Of(actor, relationships), WriteAccess.Of(actor, relationships));
    }
}
