using System.Globalization;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// An order of nodes as SQL: one sort column with the key as tie-breaker, both in the same direction so a single
/// index (Kind, column, Key) serves the order and the keyset condition. <see cref="Indexed"/> is false for the
/// source order of conditions and levels: a handful of nodes, sorted without an index.
/// </summary>
internal sealed record NodeOrdering(string Column, bool Numeric, bool Descending, bool Indexed, Func<NodeEntity, string> SortValue)
{
    private static readonly NodeOrdering _byKey = new("Key", false, false, true, n => n.Key);
    private static readonly NodeOrdering _byName = new("NameSort", false, false, true, n => n.NameSort);
    private static readonly NodeOrdering _byOrdinal =
        new("Ordinal", true, false, false, n => (n.Ordinal ?? 0).ToString(CultureInfo.InvariantCulture));
    private static readonly NodeOrdering _newest = new("SortDate", false, true, true, n => n.SortDate ?? "");
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
        return $"{alias}.{Column} {direction}, {alias}.Key {direction}";
    }

    /// <summary>Rows strictly behind <paramref name="position"/> in this order.</summary>
    public string After(string alias, SortPosition position, SqlBuilder sql)
    {
        object value = Numeric ? ParseOrdinal(position.SortValue) : position.SortValue;
        var comparison = Descending ? "<" : ">";
        return $"({alias}.{Column}, {alias}.Key) {comparison} ({sql.Add(value)}, {sql.Add(position.Key)})";
    }

    public SortPosition PositionOf(NodeEntity node) => new(SortValue(node), node.Key);

    private static bool IsDated(NodeKind kind) => kind is NodeKind.Lesson or NodeKind.Issue or NodeKind.Practice;

    private static long ParseOrdinal(string value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ordinal)
            ? ordinal
            : throw new ArgumentException($"'{value}' is not a position in this order.", nameof(value));
}
