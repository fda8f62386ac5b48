using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// The total count of a page query. With a driver (see <see cref="FilterEstimate.CountDriver"/>) it walks the driver's
/// entries in the relationship index and probes the other one-hop conjuncts from there, so no set of matches is built
/// and a Nodes row is read only for what relationships cannot answer (the kind, properties, drafts); when nothing is
/// left to ask, the relationship index alone answers. Without a driver it counts the matching nodes.
/// </summary>
internal static class NodeCountSql
{
    public static SqlStatement Count(NodeQuery query, NodeFilter.Related? driver)
    {
        var sql = new SqlBuilder();
        if (driver is null)
        {
            return sql.Build($"SELECT COUNT(*) FROM Nodes n WHERE {NodeQuerySql.Matches(query.Kind, query.Filter, query.Visibility, "n", sql)}");
        }

        var hop = driver.Path[0];
        var (near, far) = OneHopSql.Ends(hop.Direction)[0];
        var node = $"d.{near}";
        var rest = FilterEstimate.Conjuncts(query.Filter).Where(f => !ReferenceEquals(f, driver)).ToList();
        var probed = rest.OfType<NodeFilter.Related>().Where(OneHopSql.IsOneHop).ToList();
        var onNodes = rest.Where(f => !probed.Contains(f, ReferenceEqualityComparer.Instance)).ToList();

        var from = "Relationships d";
        var conditions = new List<string>
        {
            $"d.{far} IN ({OneHopSql.Targets(hop, driver.Keys, sql)})",
            $"d.Type = {sql.Add((int)hop.Type)}",
        };
        conditions.AddRange(probed.Select(related => OneHopSql.Probe(related, node, sql)));
        if (NeedsNodes(query, hop, onNodes.Count > 0))
        {
            // CROSS JOIN keeps the relationships outside: a Nodes row is read only for those that passed the probes.
            from += " CROSS JOIN Nodes n";
            conditions.Add($"n.Id = {node}");
            conditions.Add(NodeQuerySql.Matches(query.Kind, new NodeFilter.AllOf(onNodes), query.Visibility, "n", sql));
        }

        // One relationship per (node, type, target): a node is counted twice only when it reaches two of the keys.
        var counted = driver.Keys.Distinct().Count() > 1 ? $"DISTINCT {node}" : "*";
        return sql.Build($"SELECT COUNT({counted}) FROM {from} WHERE {string.Join(" AND ", conditions)}");
    }

    /// <summary>Whether the count must read the node: to test properties, drafts or deletion, or a kind the hop does not imply.</summary>
    private static bool NeedsNodes(NodeQuery query, Hop hop, bool testsNodes) =>
        testsNodes
        || !VisibilitySql.HidesNothing(query.Visibility)
        || RelationshipSchema.EndpointsOf(hop.Type).Any(ends => (hop.Direction == Direction.Outgoing ? ends.From : ends.To) != query.Kind);
}
