using System.Globalization;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// How nodes of one kind are listed in one <see cref="NodeOrder"/>: one sort property with the key as tie-breaker, both
/// in the same direction, so a page after a position starts with the first node strictly behind it (keyset paging).
/// Every adapter renders this one table into its query language, so they list alike.
/// </summary>
public sealed record NodeSort(SortProperty Property, bool Descending)
{
    private static readonly NodeSort _byKey = new(SortProperty.Key, false);
    private static readonly NodeSort _byName = new(SortProperty.Name, false);
    private static readonly NodeSort _byOrdinal = new(SortProperty.Ordinal, false);
    private static readonly NodeSort _newest = new(SortProperty.Date, true);
    private static readonly NodeSort _oldest = _newest with { Descending = false };

    /// <summary>The sort of <paramref name="kind"/> in <paramref name="order"/>; asked to sort by date, kinds without one sort by name.</summary>
    public static NodeSort For(NodeKind kind, NodeOrder order) => order switch
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

    /// <summary>Whether the sort values are whole numbers, compared as numbers rather than as text.</summary>
    public bool Numeric => Property == SortProperty.Ordinal;

    /// <summary>Where <paramref name="node"/> stands in this order: its sort value as text, and its key.</summary>
    public SortPosition PositionOf(GraphNode node) => new(
        Property switch
        {
            SortProperty.Key => node.Key,
            SortProperty.Name => SortValues.Name(node),
            SortProperty.Ordinal => (SortValues.Ordinal(node) ?? 0).ToString(CultureInfo.InvariantCulture),
            _ => SortValues.Date(node) ?? "",
        },
        node.Key);

    /// <summary>The sort value of <paramref name="position"/> as a store compares it: a number for a numeric sort, else text.</summary>
    /// <exception cref="ArgumentException">a numeric sort's position does not hold a whole number.</exception>
    public object ValueOf(SortPosition position) =>
        !Numeric ? position.SortValue
        : long.TryParse(position.SortValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ordinal) ? ordinal
        : throw new ArgumentException($"'{position.SortValue}' is not a position in this order.", nameof(position));

    private static bool IsDated(NodeKind kind) => kind is NodeKind.Lesson or NodeKind.Issue or NodeKind.Practice;
}

/// <summary>What an order sorts nodes on, before the key that breaks ties (see <see cref="SortValues"/>).</summary>
public enum SortProperty
{
    Key,
    Name,
    Ordinal,
    Date,
}

/// <summary>
/// The values nodes are sorted on, as every adapter stores them beside the node and as positions carry them: the same
/// function for both, so a position always compares equal to its node's stored value.
/// </summary>
public static class SortValues
{
    /// <summary>The display name in lower case (invariant), so names sort without regard to case.</summary>
    public static string Name(GraphNode node) => node.DisplayName.ToLowerInvariant();

    /// <summary>The position of a condition or level in the source's order; null for other kinds.</summary>
    public static int? Ordinal(GraphNode node) => node switch
    {
        Condition condition => (int)condition.Code,
        Level level => level.Ordinal,
        _ => null,
    };

    /// <summary>When an issue or practice started, or a lesson was learned, as ISO text (which sorts as dates compare); null for other kinds.</summary>
    public static string? Date(GraphNode node) => node switch
    {
        Issue issue => StoredText.Of(issue.StartedOn),
        Practice practice => StoredText.Of(practice.StartedOn),
        Lesson lesson => StoredText.Of(lesson.LearnedOn),
        _ => null,
    };
}
