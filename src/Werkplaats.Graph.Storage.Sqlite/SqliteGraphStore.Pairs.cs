using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    /// <summary>The whole matrix in one statement: the database groups and counts, nothing is loaded to count it.</summary>
    public async Task<IReadOnlyList<PairCount>> CountPairsAsync(
        NodeKind kind, NodeFilter filter, Hop first, Hop second, Visibility visibility, CancellationToken cancellationToken) =>
        await QueryAsync(
            [NodeQuerySql.CountPairs(kind, filter, first, second, visibility)],
            reader => new PairCount(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)),
            cancellationToken);
}
