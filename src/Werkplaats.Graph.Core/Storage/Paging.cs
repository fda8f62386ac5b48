using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// The orders nodes can be listed in. <see cref="Natural"/> is per kind: conditions and levels in the source's order,
/// lessons newest first, everything else by name.
/// </summary>
public enum NodeOrder
{
    Natural,
    Key,
    Name,
    NewestFirst,
    OldestFirst,
}

/// <summary>
/// Where a node stands in an order: the value it is sorted on and its key as tie-breaker. A page after a position
/// starts with the first node strictly behind it (keyset paging: cost does not grow with the offset).
/// </summary>
public sealed record SortPosition(string SortValue, string Key);

/// <summary>
/// What to list: a kind, a filter, an order, a page. <see cref="CountTotal"/> asks for the number of all matches too:
/// it costs as much as the matches, where the page alone costs what it returns, so callers ask only when they show it.
/// </summary>
public sealed record NodeQuery(
    NodeKind Kind,
    NodeFilter Filter,
    NodeOrder Order,
    int First,
    SortPosition? After,
    Visibility Visibility,
    bool CountTotal = true);

/// <summary>One page of a list; <see cref="TotalCount"/> is null when the query did not ask for it.</summary>
public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, long? TotalCount, bool HasNextPage);

/// <summary>An item of a page with its position, from which the API makes a cursor.</summary>
public sealed record PageItem<T>(T Node, SortPosition Position);
