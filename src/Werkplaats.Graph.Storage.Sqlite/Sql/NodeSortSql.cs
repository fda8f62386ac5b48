using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// A <see cref="NodeSort"/> as SQL: its column and the key, both in the sort's direction, so a single index
/// (Kind, column, Key) serves the order and the keyset condition.
/// </summary>
internal static class NodeSortSql
{
    /// <summary>
    /// Whether an index serves the sort; not so for the source order of conditions and levels: a handful of nodes,
    /// sorted without one.
    /// </summary>
    public static bool Indexed(this NodeSort sort) => sort.Property != SortProperty.Ordinal;

    public static string OrderBy(this NodeSort sort, string alias)
    {
        var direction = sort.Descending ? "DESC" : "ASC";
        return $"{alias}.{Column(sort)} {direction}, {alias}.Key {direction}";
    }

    /// <summary>Rows strictly behind <paramref name="position"/> in this order.</summary>
    public static string After(this NodeSort sort, string alias, SortPosition position, SqlBuilder sql)
    {
        var comparison = sort.Descending ? "<" : ">";
        return $"({alias}.{Column(sort)}, {alias}.Key) {comparison} ({sql.Add(sort.ValueOf(position))}, {sql.Add(position.Key)})";
    }

    private static string Column(NodeSort sort) => sort.Property switch
    {
        SortProperty.Key => "Key",
        SortProperty.Name => "NameSort",
        SortProperty.Ordinal => "Ordinal",
        _ => "SortDate",
    };
}
