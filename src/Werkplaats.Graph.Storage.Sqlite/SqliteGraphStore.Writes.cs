using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>The write port on the same SQLite file: <see cref="ChangeWriter"/> writes, NodeAudit answers who and when.</summary>
internal sealed partial class SqliteGraphStore : IGraphWriter
{
    public Task<string> ApplyAsync(GraphChange change, CancellationToken cancellationToken) =>
        StoreErrors.GuardAsync(async () =>
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            return await new ChangeWriter(context).WriteAsync(change, cancellationToken);
        });

    public async Task<IReadOnlyList<NodeAudit>> GetAuditAsync(
        IReadOnlyCollection<NodeRef> nodes, CancellationToken cancellationToken) =>
        await QueryAsync(ChangeSql.GetAudit(nodes), ChangeSql.ReadAudit, cancellationToken);
}
