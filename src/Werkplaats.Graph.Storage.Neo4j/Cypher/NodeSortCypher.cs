using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Neo4j.Cypher;

/// <summary>A <see cref="NodeSort"/> as Cypher: its property and the key, both in the sort's direction.</summary>
internal static class NodeSortCypher
{
    public static string OrderBy(this NodeSort sort, string alias)
    {
        var direction = sort.Descending ? "DESC" : "ASC";
        return $"{alias}.{Property(sort)} {direction}, {alias}.{NodeProperties.Key} {direction}";
    }

    /// <summary>Nodes strictly behind <paramref name="position"/> in this order (Cypher has no row comparison).</summary>
    public static string After(this NodeSort sort, string alias, SortPosition position, CypherParameters parameters)
    {
        var property = Property(sort);
        var comparison = sort.Descending ? "<" : ">";
        var sortValue = parameters.Add(sort.ValueOf(position));
        return $"({alias}.{property} {comparison} {sortValue} OR ({alias}.{property} = {sortValue} " +
            $"AND {alias}.{NodeProperties.Key} {comparison} {parameters.Add(position.Key)}))";
    }

    private static string Property(NodeSort sort) => sort.Property switch
    {
        SortProperty.Key => NodeProperties.Key,
        SortProperty.Name => NodeProperties.NameSort,
        SortProperty.Ordinal => NodeProperties.Ordinal,
        _ => NodeProperties.SortDate,
    };
}
