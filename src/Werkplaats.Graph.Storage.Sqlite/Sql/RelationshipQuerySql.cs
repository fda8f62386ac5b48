using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>The adjacency statement of the port: the relationships touching many nodes, both ways.</summary>
internal static class RelationshipQuerySql
{
    /// <summary>The relationship types read when the caller names none: every stored type, not the derived ABOUT.</summary>
    private static readonly RelationshipType[] _storedTypes =
        [.. Enum.GetValues<RelationshipType>().Where(t => !RelationshipSchema.IsDerived(t))];

    /// <summary>
    /// One statement per chunk of nodes: the outgoing side through the key (FromId, Type, ToId), UNION the incoming
    /// side through (ToId, Type, FromId); the UNION keeps a relationship between two of the nodes once. Columns:
    /// From kind and key, Type, To kind and key, Role, Mode, Since.
    /// </summary>
    public static IEnumerable<SqlStatement> GetRelationships(
        IEnumerable<NodeRef> nodes, IReadOnlyCollection<RelationshipType>? types, Visibility visibility)
    {
        var wanted = (types ?? _storedTypes).Distinct().ToList();
        return NodeQuerySql.Chunks(nodes.Distinct()).Select(chunk =>
        {
            var sql = new SqlBuilder();
            return sql.Build(
                $"{Side(outgoing: true, chunk, wanted, visibility, sql)} UNION {Side(outgoing: false, chunk, wanted, visibility, sql)}");
        });
    }

    /// <summary>The relationships leaving (or entering) the nodes <c>s</c>, both ends visible, to the other end <c>o</c>.</summary>
    private static string Side(
        bool outgoing, NodeRef[] chunk, IReadOnlyList<RelationshipType> types, Visibility visibility, SqlBuilder sql)
    {
        var (nodeEnd, otherEnd, from, to) = outgoing
            ? ("r.FromId", "r.ToId", "s", "o")
            : ("r.ToId", "r.FromId", "o", "s");
        // CROSS JOIN fixes the loop order in SQLite: from the few nodes out through an index, never from all rows in.
        return $"SELECT {from}.Kind, {from}.Key, r.Type, {to}.Kind, {to}.Key, r.Role, r.Mode, r.Since " +
            "FROM Nodes s CROSS JOIN Relationships r CROSS JOIN Nodes o " +
            $"WHERE {NodeQuerySql.RefsCondition("s", chunk, sql)} AND {VisibilitySql.Condition("s", visibility, sql)} " +
            $"AND {nodeEnd} = s.Id AND r.Type IN ({sql.AddList(types.Select(t => (int)t))}) " +
            $"AND o.Id = {otherEnd} AND {VisibilitySql.Condition("o", visibility, sql)}";
    }
}
