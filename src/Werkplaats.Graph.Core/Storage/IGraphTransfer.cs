using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// The maintenance port for moving a whole store (the copy command): everything it recorded out, and into another
/// store. Implemented by every adapter on the same instance as <see cref="IGraphStore"/>.
/// </summary>
public interface IGraphTransfer
{
    /// <summary>
    /// Everything the store recorded: every node (drafts included), every stored relationship (not the derived ABOUT,
    /// which the receiving store derives again), the audit trail and the idempotency keys.
    /// </summary>
    Task<StoreContents> ExportAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Upserts <paramref name="contents"/>: the graph as <see cref="IGraphStore.ImportAsync"/> does, then the audit
    /// trail (replacing a node's) and the idempotency keys (keeping keys that exist). Running it again changes nothing.
    /// </summary>
    Task<ImportResult> RestoreAsync(StoreContents contents, CancellationToken cancellationToken);
}

/// <summary>Everything a store recorded (see <see cref="IGraphTransfer.ExportAsync"/>).</summary>
public sealed record StoreContents(GraphSnapshot Graph, IReadOnlyList<NodeAudit> Audit, IReadOnlyList<IdempotencyRecord> IdempotencyKeys);

/// <summary>A change's idempotency key, per author, with the result a repeat returns.</summary>
public sealed record IdempotencyRecord(string ActorKey, string Key, string Result, DateTimeOffset CreatedAt);
