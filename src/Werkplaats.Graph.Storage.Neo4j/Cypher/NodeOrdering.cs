using System.Globalization;
using System.Text.Json;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Neo4j.Cypher;

/// <summary>
/// An order of nodes as Cypher, the same as the SQLite adapter's: one sort property with the key as tie-breaker, both
/// in the same direction, so a page after a position starts strictly behind it (keyset paging).
/// </summary>
internal sealed record NodeOrdering(string Property, bool Numeric, bool Descending)
{
    private static readonly NodeOrdering _byKey = new(NodeProperties.Key, false, false);
    private static readonly NodeOrdering _byName = new(NodeProperties.NameSort, false, false);
    private static readonly NodeOrdering _byOrdinal = new(NodeProperties.Ordinal, true, false);
    private static readonly NodeOrdering _newest = new(NodeProperties.SortDate, false, true);
    private static readonly NodeOrdering _oldest = _newest with { Descending = false };

    public static NodeOrdering For(NodeKind kind, NodeOrder order) => order switch
    {
        NodeOrder.Key => _byKey,
        NodeOrder.Name => _byName,
        NodeOrder.NewestFirst => IsDated(kind) ? _newest : _byName,
        NodeOrder.OldestFirst => IsDated(kind) ? _oldest : _byName,
        _ => kind switch
        {
            NodeKind.Condition or NodeKind.Level => _byOrdinal,
            NodeKind.Lesson => _newest,
            _ => _byName,
        },
    };

    public string OrderBy(string alias)
    {
        var direction = Descending ? "DESC" : "ASC";
        return $"{alias}.{Property} {direction}, {alias}.{NodeProperties.Key} {direction}";
    }

    /// <summary>Nodes strictly behind <paramref name="position"/> in this order (Cypher has no row comparison).</summary>
    public string After(string alias, SortPosition position, CypherParameters parameters)
    {
        object value = Numeric ? ParseOrdinal(position.SortValue) : position.SortValue;
        var comparison = Descending ? "<" : ">";
        var sortValue = parameters.Add(value);
        return $"({alias}.{Property} {comparison} {sortValue} OR ({alias}.{Property} = {sortValue} " +
            $"AND {alias}.{NodeProperties.Key} {comparison} {parameters.Add(position.Key)}))";
    }

    /// <summary>Where a node returned as a property map stands in this order.</summary>
    public SortPosition PositionOf(JsonElement properties)
    {
        var key = properties.GetProperty(NodeProperties.Key).GetString()!;
        var value = properties.TryGetProperty(Property, out var sort) ? sort : default;
        return new SortPosition(
            value.ValueKind switch
            {
                JsonValueKind.Number => value.GetInt64().ToString(CultureInfo.InvariantCulture),
                JsonValueKind.String => value.GetString()!,
                _ => Numeric ? "0" : "",
            },
            key);
    }

    private static bool IsDated(NodeKind kind) => kind is NodeKind.Lesson or NodeKind.Issue or NodeKind.Practice;

    private static long ParseOrdinal(string value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ordinal)
            ? ordinal
            : throw new ArgumentException($"'{value}' is not a position in this order.", nameof(value));
}
