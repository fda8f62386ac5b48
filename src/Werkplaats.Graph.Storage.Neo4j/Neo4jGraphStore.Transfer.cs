using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Neo4j.Cypher;

namespace Werkplaats.Graph.Storage.Neo4j;

/// <summary>
/// The transfer port: everything out in pages of <see cref="Neo4jOptions.BatchSize"/> nodes, and in through the import
/// (one transaction) followed by the audit trail, the idempotency keys and the change log (a second one, which moves
/// the data version on; both upsert, so a failed copy is simply run again).
/// </summary>
internal sealed partial class Neo4jGraphStore : IGraphTransfer
{
    public async Task<StoreContents> ExportAsync(CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(options.Value.BatchSize, 1);
        var nodes = new List<GraphNode>();
        var audit = new List<NodeAudit>();
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            for (var after = ""; ;)
            {
                var page = (await ReadAsync(CypherCatalogue.ExportNodes(kind, after, batchSize), cancellationToken)).Rows
                    .Select(row => NodeProperties.ToNode(kind, row["node"])).ToList();
                nodes.AddRange(page);
                if (page.Count < batchSize)
                {
                    break;
                }

                after = page[^1].Key;
            }

            audit.AddRange((await ReadAsync(CypherCatalogue.ExportAudit(kind), cancellationToken)).Rows.Select(row => ReadAudit(kind, row)));
        }

        var relationships = (await ReadAsync(CypherCatalogue.ExportRelationships(_storedTypes), cancellationToken)).Rows.Select(ReadRelationship);
        var keys = (await ReadAsync(CypherCatalogue.ExportIdempotencyKeys(), cancellationToken)).Rows.Select(row => new IdempotencyRecord(
            row.Text("actor")!, row.Text("key")!, row.Text("result")!, StoredText.Time(row.Text("createdAt")!)));
        var log = await this.ReadAllAsync(batchSize, cancellationToken);
        return new StoreContents(new GraphSnapshot(nodes, [.. relationships]), audit, [.. keys]) { ChangeLog = log };
    }

    public async Task<ImportResult> RestoreAsync(StoreContents contents, CancellationToken cancellationToken)
    {
        var result = await ImportAsync(contents.Graph, cancellationToken);
        var batchSize = Math.Max(options.Value.BatchSize, 1);
        await client.RetryAsync(async () =>
        {
            await using var transaction = await client.BeginAsync(cancellationToken);
            foreach (var kind in contents.Audit.GroupBy(a => a.Node.Kind))
            {
                foreach (var batch in kind.Chunk(batchSize))
                {
                    await transaction.RunAsync(CypherCatalogue.RestoreAudit(kind.Key, [.. batch.Select(AuditRow)]), cancellationToken);
                }
            }

            foreach (var batch in contents.IdempotencyKeys.Chunk(batchSize))
            {
                await transaction.RunAsync(CypherCatalogue.RestoreIdempotencyKeys([.. batch.Select(KeyRow)]), cancellationToken);
            }

            foreach (var batch in contents.ChangeLog.Chunk(batchSize))
            {
                await transaction.RunAsync(CypherCatalogue.RestoreChangeLog([.. batch.Select(LogRow)]), cancellationToken);
            }

            if (contents.ChangeLog.Count > 0)
            {
                await transaction.RunAsync(CypherCatalogue.RestoreChangeLogCounter(contents.ChangeLog.Max(e => e.Sequence)), cancellationToken);
            }

            await transaction.RunAsync(CypherCatalogue.MoveDataVersionOn(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
        return result;
    }

    private static Dictionary<string, object?> AuditRow(NodeAudit audit) => new()
    {
        ["key"] = audit.Node.Key,
        ["createdBy"] = audit.CreatedBy?.ActorKey,
        ["createdByName"] = audit.CreatedBy?.PersonName,
        ["createdAt"] = audit.CreatedAt is { } createdAt ? StoredText.Of(createdAt) : null,
        ["changedBy"] = audit.ChangedBy.ActorKey,
        ["changedByName"] = audit.ChangedBy.PersonName,
        ["changedAt"] = StoredText.Of(audit.ChangedAt),
    };

    private static Dictionary<string, object?> LogRow(ChangeLogEntry entry) => new()
    {
        ["sequence"] = entry.Sequence,
        ["at"] = StoredText.Of(entry.At),
        ["actor"] = entry.Author.ActorKey,
        ["actorName"] = entry.Author.PersonName,
        ["operation"] = entry.Operation,
        ["changes"] = ChangeLogJson.Write(entry),
    };

    private static Dictionary<string, object?> KeyRow(IdempotencyRecord record) => new()
    {
        ["actor"] = record.ActorKey,
        ["key"] = record.Key,
        ["result"] = record.Result,
        ["createdAt"] = StoredText.Of(record.CreatedAt),
    };
}
