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
    /// which the receiving store derives again), the audit trail, the idempotency keys and the change log.
    /// </summary>
    Task<StoreContents> ExportAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Upserts <paramref name="contents"/>: the graph as <see cref="IGraphStore.ImportAsync"/> does, then the audit
    /// trail (replacing a node's), the idempotency keys (keeping keys that exist) and the change log (keeping entries
    /// whose sequence exists; later changes are numbered after the copied ones). Running it again changes nothing.
    /// </summary>
    Task<ImportResult> RestoreAsync(StoreContents contents, CancellationToken cancellationToken);
}

/// <summary>Everything a store recorded (see <see cref="IGraphTransfer.ExportAsync"/>).</summary>
public sealed record StoreContents(GraphSnapshot Graph, IReadOnlyList<NodeAudit> Audit, IReadOnlyList<IdempotencyRecord> IdempotencyKeys)
{
    /// <summary>The change log, newest first, as <see cref="IGraphWriter.GetChangeLogAsync"/> gives it.</summary>
    public IReadOnlyList<ChangeLogEntry> ChangeLog { get; init; } = [];
}

/// <summary>A change's idempotency key, per author, with the result a repeat returns.</summary>
public sealed record IdempotencyRecord(string ActorKey, string Key, string Result, DateTimeOffset CreatedAt);

/// <summary>Reading the change log whole, for the transfer port: page after page, so no adapter reads it in one go.</summary>
public static class ChangeLogExport
{
    public static async Task<IReadOnlyList<ChangeLogEntry>> ReadAllAsync(this IGraphWriter writer, int pageSize, CancellationToken cancellationToken)
    {
        var entries = new List<ChangeLogEntry>();
        for (long? before = null; ;)
        {
            var page = await writer.GetChangeLogAsync(before, pageSize, cancellationToken);
            entries.AddRange(page.Entries);
            if (!page.HasMore || page.Entries.Count == 0)
            {
                return entries;
            }

            before = page.Entries[^1].Sequence;
        }
    }
}
