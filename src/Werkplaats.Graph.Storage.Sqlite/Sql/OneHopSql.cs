using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// A related filter of one hop as SQL over the relationship indexes. Its relationships have the filtered node at one
/// end (<c>Near</c>) and a target at the other (<c>Far</c>); a <see cref="Direction.Both"/> hop has both pairings.
/// </summary>
internal static class OneHopSql
{
    public static bool IsOneHop(NodeFilter.Related related) => related.Path.Count == 1;

    public static IReadOnlyList<(string Near, string Far)> Ends(Direction direction) => direction switch
    {
        Direction.Outgoing => [("FromId", "ToId")],
        Direction.Incoming => [("ToId", "FromId")],
        _ => [("FromId", "ToId"), ("ToId", "FromId")],
    };

    /// <summary>The ids of the target nodes, served by the (Kind, Key) index.</summary>
    public static string Targets(Hop hop, IReadOnlyList<string> keys, SqlBuilder sql) =>
        $"SELECT Id FROM Nodes WHERE Kind = {sql.Add((int)hop.Target)} AND Key IN ({sql.AddList(keys)})";

    /// <summary>
    /// The node whose id is <paramref name="id"/> has a relationship to a target: one index seek per row tested, so a
    /// query can walk an order index and stop after a page.
    /// </summary>
    public static string Probe(NodeFilter.Related related, string id, SqlBuilder sql)
    {
        var hop = related.Path[0];
        var type = sql.Add((int)hop.Type);
        var targets = Targets(hop, related.Keys, sql);
        return "(" + string.Join(" OR ", Ends(hop.Direction).Select(end =>
            $"EXISTS (SELECT 1 FROM Relationships r WHERE r.{end.Near} = {id} AND r.Type = {type} " +
            $"AND r.{end.Far} IN ({targets}))")) + ")";
    }

    /// <summary>How many relationships lead to the targets, counted up to <paramref name="cap"/> index entries.</summary>
    public static string CappedFanIn(NodeFilter.Related related, string cap, SqlBuilder sql)
    {
        var hop = related.Path[0];
        var type = sql.Add((int)hop.Type);
        var targets = Targets(hop, related.Keys, sql);
        var sides = Ends(hop.Direction).Select(end =>
            $"SELECT 1 FROM Relationships r WHERE r.{end.Far} IN ({targets}) AND r.Type = {type}");
        return $"(SELECT COUNT(*) FROM ({string.Join(" UNION ALL ", sides)} LIMIT {cap}))";
    }
}
