using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// The write port: applies one <see cref="GraphChange"/> in one transaction, all of it or none of it, and reads back
/// who created and last changed nodes. Adapters keep what they derive (ABOUT, the search index) in step with the change
/// and map database failures to <see cref="GraphStoreException"/>.
/// </summary>
public interface IGraphWriter
{
    /// <summary>
    /// Applies <paramref name="change"/> and returns its <see cref="GraphChange.Result"/>. When the change carries an
    /// idempotency key that its author used before, nothing is written and the first change's result comes back.
    /// Fails with <see cref="StoreErrorKind.Conflict"/> when a created node exists already, and with
    /// <see cref="StoreErrorKind.NotFound"/> when an updated node or a relationship's end does not exist.
    /// Relationships that ABOUT derives from (LEARNED_IN, PART_OF, DERIVED_FROM) and ABOUT itself are never removed.
    /// </summary>
    Task<string> ApplyAsync(GraphChange change, CancellationToken cancellationToken);

    /// <summary>The audit trail of those <paramref name="nodes"/> that were written through this port.</summary>
    Task<IReadOnlyList<NodeAudit>> GetAuditAsync(IReadOnlyCollection<NodeRef> nodes, CancellationToken cancellationToken);
}

/// <summary>Who made a change: an actor of the graph, and the person when the token named one.</summary>
public sealed record ChangeAuthor(string ActorKey, string? PersonName);

/// <summary>
/// Who created a node and when, and who changed it last and when. A node that came from an import and was changed
/// through the write port since has no creator: the import does not say who wrote it.
/// </summary>
public sealed record NodeAudit(
    NodeRef Node, ChangeAuthor? CreatedBy, DateTimeOffset? CreatedAt, ChangeAuthor ChangedBy, DateTimeOffset ChangedAt);
