using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    /// <summary>
    /// The whole matrix in one statement: over all lessons and two tag hops from the maintained lesson counts (unless
    /// lessons are pending), otherwise grouped and counted over the rows; nothing is loaded to count it.
    /// </summary>
    public async Task<IReadOnlyList<PairCount>> CountPairsAsync(
        NodeKind kind, NodeFilter filter, Hop first, Hop second, Visibility visibility, CancellationToken cancellationToken)
    {
        var fromCells = kind == NodeKind.Lesson && LessonCountSql.Answers(visibility) && !FilterEstimate.Conjuncts(filter).Any()
            && LessonCountSql.IsTag(first) && LessonCountSql.IsTag(second)
            && !(await QueryAsync([LessonCountSql.AnyPending()], r => r.GetBoolean(0), cancellationToken))[0];
        return await QueryAsync(
            [fromCells ? LessonCountSql.Pairs(first, second, visibility) : NodeQuerySql.CountPairs(kind, filter, first, second, visibility)],
            reader => new PairCount(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)),
            cancellationToken);
    }
}
