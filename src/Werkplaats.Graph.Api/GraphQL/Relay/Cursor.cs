using GraphQL;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Relay;

/// <summary>An opaque cursor: the order a list was read in and the position of an item in it.</summary>
public static class Cursor
{
    private const char Separator = '\u001F';

    public static string Of(NodeOrder order, SortPosition position) =>
        OpaqueText.Encode(string.Join(Separator, order, position.SortValue, position.Key));

    /// <exception cref="ExecutionError">with code INVALID_CURSOR for a cursor of another list order, or none of ours.</exception>
    public static SortPosition Parse(string cursor, NodeOrder order)
    {
        if (OpaqueText.TryDecode(cursor, out var plain)
            && plain.Split(Separator) is [var cursorOrder, var sortValue, var key]
            && cursorOrder == order.ToString())
        {
            return new SortPosition(sortValue, key);
        }

        throw new ExecutionError(
            $"'{cursor}' is not a cursor of this list in this order; use an endCursor of the same query.")
        { Code = ErrorCodes.InvalidCursor };
    }
}
