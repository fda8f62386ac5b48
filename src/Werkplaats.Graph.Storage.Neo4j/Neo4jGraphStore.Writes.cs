using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Neo4j.Cypher;
using Werkplaats.Graph.Storage.Neo4j.Http;

namespace Werkplaats.Graph.Storage.Neo4j;

/// <summary>
/// The write port: one <see cref="GraphChange"/> in one explicit transaction (the idempotency check, the nodes, the
/// relationships, the audit trail, the derived ABOUT of the lessons concerned, the change log, the idempotency record
/// and the data version need several statements that must succeed or fail together). Not retried: a change is not
/// idempotent unless its key makes it so.
/// </summary>
internal sealed partial class Neo4jGraphStore : IGraphWriter
{
    /// <summary>The types ABOUT derives from: adding or removing one changes ABOUT of the lessons concerned.</summary>
    private static readonly HashSet<RelationshipType> _aboutSources =
        [RelationshipType.LearnedIn, RelationshipType.PartOf, RelationshipType.DerivedFrom];

    public async Task<string> ApplyAsync(GraphChange change, CancellationToken cancellationToken)
    {
        RejectDerived(change);
        await using var transaction = await client.BeginAsync(cancellationToken);
        if (change.IdempotencyKey is { } key
            && (await transaction.RunAsync(CypherCatalogue.StoredResult(change.Author.ActorKey, key), cancellationToken))
                .Rows.FirstOrDefault()?.Text("result") is { } stored)
        {
            return stored;
        }

        foreach (var kind in change.Created.GroupBy(n => n.Kind))
        {
            await transaction.RunAsync(CypherCatalogue.CreateNodes(kind.Key, [.. kind.Select(NodeProperties.From)]), cancellationToken);
        }

        var endpoints = change.Added.Concat(change.Removed).SelectMany(r => new[] { r.From, r.To }).ToList();
        var existing = await ExistingAsync(transaction, change.Updated.Select(n => n.Ref).Concat(endpoints), cancellationToken);
        if (change.Updated.FirstOrDefault(n => !existing.Contains(n.Ref)) is { } missingNode)
        {
            throw new GraphStoreException(
                StoreErrorKind.NotFound, $"No {missingNode.Kind.ToString().ToLowerInvariant()} with key '{missingNode.Key}' exists.");
        }

        if (endpoints.FirstOrDefault(r => !existing.Contains(r)) is { Key: not null } missingEnd)
        {
            throw new GraphStoreException(StoreErrorKind.NotFound, $"A relationship refers to {missingEnd}, which is not in the store.");
        }

        foreach (var kind in change.Updated.GroupBy(n => n.Kind))
        {
            await transaction.RunAsync(CypherCatalogue.UpdateNodes(kind.Key, [.. kind.Select(NodeProperties.From)]), cancellationToken);
        }

        await ChangeRelationshipsAsync(transaction, change, cancellationToken);
        var created = change.Created.Select(n => n.Ref).ToHashSet();
        foreach (var kind in change.Touched.GroupBy(r => r.Kind))
        {
            await transaction.RunAsync(
                CypherCatalogue.Touch(kind.Key, [.. kind.Select(r => r.Key)], [.. kind.Where(created.Contains).Select(r => r.Key)], change),
                cancellationToken);
        }

        // A LEARNED_IN or DERIVED_FROM starts at a lesson, a PART_OF at a practice: the seeds of the recompute.
        var sources = change.Added.Concat(change.Removed).Where(r => _aboutSources.Contains(r.Type));
        foreach (var seeds in sources.GroupBy(r => r.From.Kind))
        {
            await transaction.RunAsync(
                CypherCatalogue.RecomputeAbout(seeds.Key, [.. seeds.Select(r => r.From.Key).Distinct()]), cancellationToken);
        }

        await transaction.RunAsync(CypherCatalogue.AppendChangeLog(change, ChangeLogJson.Write(change)), cancellationToken);
        if (change.IdempotencyKey is { } newKey)
        {
            await transaction.RunAsync(CypherCatalogue.StoreResult(change, newKey), cancellationToken);
        }

        await transaction.RunAsync(CypherCatalogue.MoveDataVersionOn(), cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return change.Result;
    }

    public async Task<string?> GetResultAsync(string actorKey, string idempotencyKey, CancellationToken cancellationToken) =>
        (await ReadAsync(CypherCatalogue.StoredResult(actorKey, idempotencyKey), cancellationToken)).Rows.FirstOrDefault()?.Text("result");

    public async Task<ChangeLogPage> GetChangeLogAsync(long? before, int first, CancellationToken cancellationToken)
    {
        // One entry more than asked tells whether older entries remain.
        var entries = (await ReadAsync(CypherCatalogue.ReadChangeLog(before, first + 1), cancellationToken)).Rows.Select(row => ChangeLogJson.Read(
            row.Long("sequence"),
            new ChangeAuthor(row.Text("actor")!, row.Text("actorName")),
            StoredText.Time(row.Text("at")!),
            row.Text("operation")!,
            row.Text("changes")!)).ToList();
        return new ChangeLogPage([.. entries.Take(first)], entries.Count > first);
    }

    public async Task<IReadOnlyList<NodeAudit>> GetAuditAsync(IReadOnlyCollection<NodeRef> nodes, CancellationToken cancellationToken)
    {
        var audit = new List<NodeAudit>();
        foreach (var kind in nodes.Distinct().GroupBy(n => n.Kind))
        {
            var result = await ReadAsync(CypherCatalogue.GetAudit(kind.Key, [.. kind.Select(r => r.Key)]), cancellationToken);
            audit.AddRange(result.Rows.Select(row => ReadAudit(kind.Key, row)));
        }

        return audit;
    }

    /// <summary>A node's audit trail from the columns of <see cref="CypherCatalogue.GetAudit"/> and <see cref="CypherCatalogue.ExportAudit"/>.</summary>
    private static NodeAudit ReadAudit(NodeKind kind, QueryResult.Row row) => new(
        new NodeRef(kind, row.Text("key")!),
        row.Text("createdBy") is { } createdBy ? new ChangeAuthor(createdBy, row.Text("createdByName")) : null,
        row.Text("createdAt") is { } createdAt ? StoredText.Time(createdAt) : null,
        new ChangeAuthor(row.Text("changedBy")!, row.Text("changedByName")),
        StoredText.Time(row.Text("changedAt")!));

    private static void RejectDerived(GraphChange change)
    {
        if (change.Added.Concat(change.Removed).FirstOrDefault(r => RelationshipSchema.IsDerived(r.Type)) is { } derived)
        {
            throw new ArgumentException($"{RelationshipSchema.GraphName(derived.Type)} is derived by the store.", nameof(change));
        }
    }

    /// <summary>Which of these refs exist, as the transaction sees the graph (nodes it created included).</summary>
    private static async Task<HashSet<NodeRef>> ExistingAsync(
        QueryTransaction transaction, IEnumerable<NodeRef> refs, CancellationToken cancellationToken)
    {
        var existing = new HashSet<NodeRef>();
        foreach (var kind in refs.Distinct().GroupBy(r => r.Kind))
        {
            var result = await transaction.RunAsync(CypherCatalogue.ExistingKeys(kind.Key, [.. kind.Select(r => r.Key)]), cancellationToken);
            existing.UnionWith(result.Rows.Select(row => new NodeRef(kind.Key, row.Text("key")!)));
        }

        return existing;
    }

    /// <summary>Removes, then adds; a relationship both removed and added (a list replaced by one that keeps it) simply stays.</summary>
    private static async Task ChangeRelationshipsAsync(QueryTransaction transaction, GraphChange change, CancellationToken cancellationToken)
    {
        var added = change.Added.Select(r => (r.Type, r.From, r.To)).ToHashSet();
        var removed = change.Removed.Where(r => !added.Contains((r.Type, r.From, r.To)));
        foreach (var group in removed.GroupBy(r => (r.Type, From: r.From.Kind, To: r.To.Kind)))
        {
            await transaction.RunAsync(
                CypherCatalogue.RemoveRelationships(group.Key.Type, group.Key.From, group.Key.To, [.. group.Select(RelationshipRow)]),
                cancellationToken);
        }

        foreach (var group in change.Added.GroupBy(r => (r.Type, From: r.From.Kind, To: r.To.Kind)))
        {
            await transaction.RunAsync(
                CypherCatalogue.AddRelationships(group.Key.Type, group.Key.From, group.Key.To, [.. group.Select(RelationshipRow)]),
                cancellationToken);
        }
    }
}
