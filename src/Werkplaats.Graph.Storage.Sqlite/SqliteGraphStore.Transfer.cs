using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>
/// The transfer port: the whole file out (nodes, stored relationships, audit, idempotency keys, change log), and back in.
/// </summary>
internal sealed partial class SqliteGraphStore : IGraphTransfer
{
    /// <summary>Change log entries per read of an export.</summary>
    private const int ChangeLogPageSize = 1000;

    public Task<StoreContents> ExportAsync(CancellationToken cancellationToken) => StoreErrors.GuardAsync(async () =>
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.Nodes.AsNoTracking().ToListAsync(cancellationToken);
        var refs = rows.ToDictionary(n => n.Id, n => new NodeRef(n.Kind, n.Key));
        var relationships = await context.Relationships.AsNoTracking()
            .Where(r => r.Type != RelationshipType.About)
            .ToListAsync(cancellationToken);
        var audit = await QueryAsync([ChangeSql.GetAllAudit()], ChangeSql.ReadAudit, cancellationToken);
        var keys = await QueryAsync([ChangeSql.GetAllResults()], ChangeSql.ReadResult, cancellationToken);
        var graph = new GraphSnapshot(
            [.. rows.Select(NodeMapper.ToNode)],
            [.. relationships.Select(r => RelationshipMapper.ToRelationship(r.Type, refs[r.FromId], refs[r.ToId], r.Role, r.Mode, r.Since))]);
        var log = await this.ReadAllAsync(ChangeLogPageSize, cancellationToken);
        return new StoreContents(graph, audit, keys) { ChangeLog = log };
    });

    public async Task<ImportResult> RestoreAsync(StoreContents contents, CancellationToken cancellationToken)
    {
        var result = await ImportAsync(contents.Graph, cancellationToken);
        await StoreErrors.GuardAsync(async () =>
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var statements = contents.Audit.Select(ChangeSql.RestoreAudit)
                .Concat(contents.IdempotencyKeys.Select(ChangeSql.RestoreResult))
                .Concat(contents.ChangeLog.Select(ChangeSql.RestoreLog));
            foreach (var statement in statements)
            {
                await using var command = statement.CreateCommand(context.Database.GetDbConnection(), transaction.GetDbTransaction());
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        });
        return result;
    }
}
