using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>The read statements of the port, as SQL with parameters (tests explain them through this seam).</summary>
internal static class NodeQuerySql
{
    /// <summary>Nodes by ref, one statement per chunk of refs.</summary>
    public static IEnumerable<SqlStatement> GetNodes(IEnumerable<NodeRef> refs, Visibility visibility) =>
        Chunks(refs).Select(chunk =>
        {
            var sql = new SqlBuilder();
            return sql.Build(
                $"SELECT {NodeRows.Select("n")} FROM Nodes n " +
                $"WHERE {RefsCondition("n", chunk, sql)} AND {VisibilitySql.Condition("n", visibility, sql)}");
        });

    /// <summary>One page: <c>First + 1</c> rows, so the extra row tells whether a next page exists.</summary>
    public static SqlStatement FindPage(NodeQuery query)
    {
        var sql = new SqlBuilder();
        var ordering = NodeOrdering.For(query.Kind, query.Order);
        var where = Matches(query, sql);
        if (query.After is { } after)
        {
            where += $" AND {ordering.After("n", after, sql)}";
        }

        return sql.Build(
            $"SELECT {NodeRows.Select("n")} FROM Nodes n WHERE {where} " +
            $"ORDER BY {ordering.OrderBy("n")} LIMIT {sql.Add(Math.Max(query.First, 0) + 1)}");
    }

    public static SqlStatement Count(NodeQuery query)
    {
        var sql = new SqlBuilder();
        return sql.Build($"SELECT COUNT(*) FROM Nodes n WHERE {Matches(query, sql)}");
    }

    /// <summary>
    /// Neighbours over one hop, one statement per chunk of sources (sorted, so chunks concatenate in order). After the
    /// node columns: the source's kind and key, whether the relationship points away from the source, Role, Mode, Since.
    /// </summary>
    public static IEnumerable<SqlStatement> GetLinks(IEnumerable<NodeRef> from, Hop hop, Visibility visibility)
    {
        var (sourceEnd, targetId) = hop.Direction switch
        {
            Direction.Outgoing => ("r.FromId = s.Id", "r.ToId"),
            Direction.Incoming => ("r.ToId = s.Id", "r.FromId"),
            _ => ("(r.FromId = s.Id OR r.ToId = s.Id)", "CASE WHEN r.FromId = s.Id THEN r.ToId ELSE r.FromId END"),
        };
        var sources = from.Distinct().OrderBy(r => r.Kind).ThenBy(r => r.Key, StringComparer.Ordinal);
        return Chunks(sources).Select(chunk =>
        {
            var sql = new SqlBuilder();
            return sql.Build(
                $"SELECT {NodeRows.Select("n")}, s.Kind, s.Key, r.FromId = s.Id, r.Role, r.Mode, r.Since " +
                // CROSS JOIN fixes the loop order in SQLite: from the few sources out, never from all targets in.
                $"FROM Nodes s CROSS JOIN Relationships r CROSS JOIN Nodes n " +
                $"WHERE {RefsCondition("s", chunk, sql)} AND {sourceEnd} AND r.Type = {sql.Add((int)hop.Type)} " +
                $"AND n.Id = {targetId} AND n.Kind = {sql.Add((int)hop.Target)} " +
                $"AND {VisibilitySql.Condition("n", visibility, sql)} " +
                $"ORDER BY s.Kind, s.Key, {NodeOrdering.For(hop.Target, NodeOrder.Natural).OrderBy("n")}");
        });
    }

    private static string Matches(NodeQuery query, SqlBuilder sql) =>
        $"n.Kind = {sql.Add((int)query.Kind)} AND {FilterSqlCompiler.Compile(query.Filter, query.Kind, "n", sql)} " +
        $"AND {VisibilitySql.Condition("n", query.Visibility, sql)}";

    /// <summary>The node of <paramref name="alias"/> is one of <paramref name="refs"/>, served by the (Kind, Key) index.</summary>
    public static string RefsCondition(string alias, IEnumerable<NodeRef> refs, SqlBuilder sql) =>
        "(" + string.Join(" OR ", refs.GroupBy(r => r.Kind).Select(group =>
            $"({alias}.Kind = {sql.Add((int)group.Key)} AND {alias}.Key IN ({sql.AddList(group.Select(r => r.Key))}))")) + ")";

    public static IEnumerable<NodeRef[]> Chunks(IEnumerable<NodeRef> refs) => refs.Chunk(SqliteLimits.ParametersPerList);
}
