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
    /// ABOUT is derived by the store: a change may add and remove what it derives from (LEARNED_IN, PART_OF,
    /// DERIVED_FROM), never ABOUT itself, and the store recomputes ABOUT of the lessons concerned in the same transaction.
    /// Every applied change is also appended to the change log.
    /// </summary>
    Task<string> ApplyAsync(GraphChange change, CancellationToken cancellationToken);

    /// <summary>
    /// The result of the change that <paramref name="actorKey"/> applied with <paramref name="idempotencyKey"/>; null
    /// when it applied none, so a retry can be answered before its rules are checked against a graph it changed.
    /// </summary>
    Task<string?> GetResultAsync(string actorKey, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>The audit trail of those <paramref name="nodes"/> that were written through this port.</summary>
    Task<IReadOnlyList<NodeAudit>> GetAuditAsync(IReadOnlyCollection<NodeRef> nodes, CancellationToken cancellationToken);

    /// <summary>
    /// The change log, newest first: at most <paramref name="first"/> entries older than the entry with sequence
    /// <paramref name="before"/> (from the newest when null), and whether older ones remain.
    /// </summary>
    Task<ChangeLogPage> GetChangeLogAsync(long? before, int first, CancellationToken cancellationToken);
}

/// <summary>
/// One applied change as the log keeps it: its <c>Sequence</c> (ascending in the order changes were applied; the
/// log's cursor), who, when, which mutation, and what it wrote.
/// </summary>
public sealed record ChangeLogEntry(
    long Sequence,
    ChangeAuthor Author,
    DateTimeOffset At,
    string Operation,
    IReadOnlyList<NodeRef> Created,
    IReadOnlyList<NodeRef> Updated,
    IReadOnlyList<Relationship> Added,
    IReadOnlyList<Relationship> Removed);

/// <summary>A page of the change log, newest first.</summary>
public sealed record ChangeLogPage(IReadOnlyList<ChangeLogEntry> Entries, bool HasMore);

/// <summary>Who made a change: an actor of the graph, and the person when the token named one.</summary>
public sealed record ChangeAuthor(string ActorKey, string? PersonName);

/// <summary>
/// Who created a node and when, and who changed it last and when. A node that came from an import and was changed
/// through the write port since has no creator: the import does not say who wrote it.
/// </summary>
public sealed record NodeAudit(
    NodeRef Node, ChangeAuthor? CreatedBy, DateTimeOffset? CreatedAt, ChangeAuthor ChangedBy, DateTimeOffset ChangedAt);
