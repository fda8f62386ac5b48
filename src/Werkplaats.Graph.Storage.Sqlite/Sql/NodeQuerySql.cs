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

    /// <summary>
    /// One page: <c>First + 1</c> rows, so the extra row tells whether a next page exists. The related filters of
    /// <paramref name="forms"/> are probed per row, so SQLite can walk the order index instead of sorting all matches.
    /// </summary>
    public static SqlStatement FindPage(NodeQuery query, RelatedForms forms)
    {
        var sql = new SqlBuilder();
        var sort = NodeSort.For(query.Kind, query.Order);
        var where = Matches(query.Kind, query.Filter, query.Visibility, "n", sql, forms);
        if (query.After is { } after)
        {
            where += $" AND {sort.After("n", after, sql)}";
        }

        return sql.Build(
            $"SELECT {NodeRows.Select("n")} FROM Nodes n WHERE {where} " +
            $"ORDER BY {sort.OrderBy("n")} LIMIT {sql.Add(Math.Max(query.First, 0) + 1)}");
    }

    /// <summary>
    /// Neighbours over one hop, one statement per chunk of sources (sorted, so chunks concatenate in order). After the
    /// node columns: the source's kind and key, whether the relationship points away from the source, Role, Mode, Since.
    /// </summary>
    public static IEnumerable<SqlStatement> GetLinks(IEnumerable<NodeRef> from, Hop hop, Visibility visibility)
    {
        var (sourceEnd, targetId) = Follow(hop, "s", "r");
        var sources = from.Distinct().OrderBy(r => r.Kind).ThenBy(r => r.Key, StringComparer.Ordinal);
        // One kind per statement: sources of several kinds in one OR made SQLite walk a whole node index instead.
        return sources.GroupBy(r => r.Kind).SelectMany(Chunks).Select(chunk =>
        {
            var sql = new SqlBuilder();
            return sql.Build(
                $"SELECT {NodeRows.Select("n")}, s.Kind, s.Key, r.FromId = s.Id, r.Role, r.Mode, r.Since " +
                // CROSS JOIN fixes the loop order in SQLite: from the few sources out, never from all targets in.
                $"FROM Nodes s CROSS JOIN Relationships r CROSS JOIN Nodes n " +
                $"WHERE {RefsCondition("s", chunk, sql)} AND {sourceEnd} AND r.Type = {sql.Add((int)hop.Type)} " +
                $"AND n.Id = {targetId} AND n.Kind = {sql.Add((int)hop.Target)} " +
                $"AND {VisibilitySql.Condition("n", visibility, sql)} " +
                $"ORDER BY s.Kind, s.Key, {NodeSort.For(hop.Target, NodeOrder.Natural).OrderBy("n")}");
        });
    }

    /// <summary>
    /// How many visible nodes of <paramref name="kind"/> matching <paramref name="filter"/> reach each pair of target
    /// keys over the two hops: columns first key, second key, count. DISTINCT because a node may reach the same target
    /// both ways over a <see cref="Direction.Both"/> hop. Targets obey the visibility rule too, so no pair names a
    /// draft the caller may not see.
    /// </summary>
    public static SqlStatement CountPairs(NodeKind kind, NodeFilter filter, Hop first, Hop second, Visibility visibility)
    {
        var sql = new SqlBuilder();
        return sql.Build(
            "SELECT a.Key, b.Key, COUNT(DISTINCT n.Id) " +
            // CROSS JOIN fixes the loop order: from the matching nodes out over their relationships, so the filter
            // decides the cost and the relationships are only ever reached through their (FromId|ToId, Type) indexes.
            "FROM Nodes n CROSS JOIN Relationships r1 CROSS JOIN Nodes a CROSS JOIN Relationships r2 CROSS JOIN Nodes b " +
            $"WHERE {Matches(kind, filter, visibility, "n", sql)} " +
            $"AND {Reaches(first, "n", "r1", "a", visibility, sql)} AND {Reaches(second, "n", "r2", "b", visibility, sql)} " +
            "GROUP BY a.Key, b.Key ORDER BY a.Key, b.Key");
    }

    /// <summary>The node of <paramref name="alias"/> is of the kind, matches the filter and is visible.</summary>
    public static string Matches(
        NodeKind kind, NodeFilter filter, Visibility visibility, string alias, SqlBuilder sql, RelatedForms? forms = null) =>
        $"{alias}.Kind = {sql.Add((int)kind)} AND {FilterSqlCompiler.Compile(filter, kind, alias, sql, forms)} " +
        $"AND {VisibilitySql.Condition(alias, visibility, sql)}";

    /// <summary>The source reaches the visible target over <paramref name="hop"/> by the relationship row.</summary>
    private static string Reaches(Hop hop, string source, string relationship, string target, Visibility visibility, SqlBuilder sql)
    {
        var (sourceEnd, targetId) = Follow(hop, source, relationship);
        return $"{sourceEnd} AND {relationship}.Type = {sql.Add((int)hop.Type)} " +
            $"AND {target}.Id = {targetId} AND {target}.Kind = {sql.Add((int)hop.Target)} " +
            $"AND {VisibilitySql.Condition(target, visibility, sql)}";
    }

    /// <summary>How a relationship row joins the source over a hop, and the id of the node at its other end.</summary>
    private static (string SourceEnd, string TargetId) Follow(Hop hop, string source, string relationship) => hop.Direction switch
    {
        Direction.Outgoing => ($"{relationship}.FromId = {source}.Id", $"{relationship}.ToId"),
        Direction.Incoming => ($"{relationship}.ToId = {source}.Id", $"{relationship}.FromId"),
        _ => (
            $"({relationship}.FromId = {source}.Id OR {relationship}.ToId = {source}.Id)",
            $"CASE WHEN {relationship}.FromId = {source}.Id THEN {relationship}.ToId ELSE {relationship}.FromId END"),
    };

    /// <summary>The node of <paramref name="alias"/> is one of <paramref name="refs"/>, served by the (Kind, Key) index.</summary>
    public static string RefsCondition(string alias, IEnumerable<NodeRef> refs, SqlBuilder sql) =>
        "(" + string.Join(" OR ", refs.GroupBy(r => r.Kind).Select(group =>
            $"({alias}.Kind = {sql.Add((int)group.Key)} AND {alias}.Key IN ({sql.AddList(group.Select(r => r.Key))}))")) + ")";

    public static IEnumerable<NodeRef[]> Chunks(IEnumerable<NodeRef> refs) => refs.Chunk(SqliteLimits.ParametersPerList);
}
