using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>
/// Writes a snapshot into an empty store without EF's change tracker: nodes get their Ids in snapshot order,
/// relationships go in sorted by their primary key, both through prepared multi-row INSERTs, all in one transaction
/// with the search index, ABOUT and the lesson counts built at the end (the count triggers are dropped meanwhile, so
/// no row is counted one by one). With nothing stored, every row is created, so the result counts
/// exactly what <see cref="ImportWriter"/> would; duplicates in the snapshot resolve alike (the last one wins).
/// </summary>
internal sealed class BulkImportWriter(GraphDbContext context)
{
    /// <summary>
    /// A page cache that holds the indexes being filled (negative: KiB, an upper bound SQLite grows into), so index pages
    /// are not spilled into the WAL and rewritten again and again during the transaction.
    /// </summary>
    private const int BulkCacheKibibytes = -1_048_576;

    private static readonly string[] _relationshipColumns = ["FromId", "Type", "ToId", "Role", "Mode", "Since"];

    /// <summary>Imports the snapshot, or returns null without writing when the store already holds nodes.</summary>
    public async Task<ImportResult?> TryWriteAsync(GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        ImportChecks.RejectDerived(snapshot);
        await context.Database.OpenConnectionAsync(cancellationToken);
        await context.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = {BulkCacheKibibytes}", cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (await context.Nodes.AnyAsync(cancellationToken))
        {
            return null;
        }

        var dbTransaction = transaction.GetDbTransaction();
        await RunAsync(
            dbTransaction, [new SqlStatement(DataVersionSql.DropTriggersSql, []), .. LessonCounts.DropTriggers()], cancellationToken);
        var (nodes, ids) = NumberNodes(snapshot.Nodes);
        await using (var inserter = new BatchInserter(dbTransaction, "Nodes", NodeRows.Columns))
        {
            foreach (var node in nodes)
            {
                var row = NodeMapper.ToEntity(node);
                row.Id = ids[node.Ref];
                await inserter.AddAsync(NodeRows.Values(row), cancellationToken);
            }

            await inserter.FlushAsync(cancellationToken);
        }

        var relationshipsCreated = await InsertRelationshipsAsync(dbTransaction, snapshot.Relationships, ids, cancellationToken);
        await RunAsync(
            dbTransaction,
            [
                SearchIndex.IndexAll(), AboutDerivation.AddMissing(), .. LessonCounts.Rebuild(), .. LessonCounts.CreateTriggers(),
                new SqlStatement(DataVersionSql.BumpAndRestoreTriggersSql, []),
            ],
            cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        await ImportChecks.RefreshStatisticsAsync(context.Database, cancellationToken);
        return new ImportResult(nodes.Count, 0, relationshipsCreated);
    }

    private static async Task RunAsync(DbTransaction transaction, IEnumerable<SqlStatement> statements, CancellationToken cancellationToken)
    {
        foreach (var statement in statements)
        {
            await statement.ExecuteAsync(transaction, cancellationToken);
        }
    }

    /// <summary>Each node once (the last of its duplicates, at the place of the first), with its Id: 1, 2, ...</summary>
    private static (List<GraphNode> Nodes, Dictionary<NodeRef, long> Ids) NumberNodes(IReadOnlyList<GraphNode> snapshot)
    {
        var nodes = new List<GraphNode>(snapshot.Count);
        var ids = new Dictionary<NodeRef, long>(snapshot.Count);
        foreach (var node in snapshot)
        {
            if (ids.TryGetValue(node.Ref, out var id))
            {
                nodes[(int)id - 1] = node;
            }
            else
            {
                nodes.Add(node);
                ids[node.Ref] = nodes.Count;
            }
        }

        return (nodes, ids);
    }

    /// <summary>
    /// Inserts in primary-key order, so the table's B-tree only ever grows at its end; of rows with the same key the
    /// last in the snapshot is written (the sort is stable).
    /// </summary>
    private static async Task<int> InsertRelationshipsAsync(
        DbTransaction transaction, IReadOnlyList<Relationship> relationships, Dictionary<NodeRef, long> ids, CancellationToken cancellationToken)
    {
        long IdOf(NodeRef node) => ids.TryGetValue(node, out var id) ? id : throw ImportChecks.MissingEndpoint(node);

        var rows = relationships
            .Select(r => RelationshipMapper.ToEntity(r, IdOf(r.From), IdOf(r.To)))
            .OrderBy(r => r.FromId).ThenBy(r => r.Type).ThenBy(r => r.ToId)
            .ToList();
        await using var inserter = new BatchInserter(transaction, "Relationships", _relationshipColumns);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (i + 1 < rows.Count && (rows[i + 1].FromId, rows[i + 1].Type, rows[i + 1].ToId) == (row.FromId, row.Type, row.ToId))
            {
                continue;
            }

            await inserter.AddAsync([row.FromId, (int)row.Type, row.ToId, row.Role, row.Mode, row.Since], cancellationToken);
        }

        await inserter.FlushAsync(cancellationToken);
        return inserter.RowsWritten;
    }
}
