using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>
/// The write port on the same SQLite file: <see cref="ChangeWriter"/> writes, NodeAudit answers who and when, ChangeLog
/// what was written.
/// </summary>
internal sealed partial class SqliteGraphStore : IGraphWriter
{
    public Task<string> ApplyAsync(GraphChange change, CancellationToken cancellationToken) =>
        StoreErrors.GuardAsync(async () =>
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            return await new ChangeWriter(context).WriteAsync(change, cancellationToken);
        });

    public async Task<string?> GetResultAsync(string actorKey, string idempotencyKey, CancellationToken cancellationToken) =>
        (await QueryAsync([ChangeSql.StoredResult(actorKey, idempotencyKey)], reader => reader.GetString(0), cancellationToken))
            .SingleOrDefault();

    public async Task<IReadOnlyList<NodeAudit>> GetAuditAsync(
        IReadOnlyCollection<NodeRef> nodes, CancellationToken cancellationToken) =>
        await QueryAsync(ChangeSql.GetAudit(nodes), ChangeSql.ReadAudit, cancellationToken);

    public async Task<ChangeLogPage> GetChangeLogAsync(long? before, int first, CancellationToken cancellationToken)
    {
        // One row more than asked tells whether older entries remain.
        var entries = await QueryAsync([ChangeSql.ReadLog(before, first + 1)], reader => ChangeLogJson.Read(
            reader.GetInt64(0),
            new ChangeAuthor(reader.GetString(2), NodeRows.Text(reader, 3)),
            StoredText.Time(reader.GetString(1)),
            reader.GetString(4),
            reader.GetString(5)), cancellationToken);
        return new ChangeLogPage([.. entries.Take(first)], entries.Count > first);
    }
}
