using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Relay;

/// <summary>Forward cursor paging (first/after) for every list, with the page size guard rail.</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Adds <c>first</c> and <c>after</c> to a connection field.</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>(
            "first",
            $"How many nodes to return, 0 to {MaxPageSize}; asking for more is an error, never a silent cap.",
            argument => argument.DefaultValue = DefaultPageSize)
        .Argument<StringGraphType>("after", "Return the nodes after this cursor (an `endCursor` or edge `cursor` of the same list).");

    /// <summary>
    /// Reads one page of <paramref name="kind"/> nodes that match, as a connection, as the caller sees them (or as
    /// <paramref name="visibility"/> says, for a list whose field checked the caller's right to it).
    /// </summary>
    public static async Task<Connection> ListAsync(
        IResolveFieldContext context, NodeKind kind, NodeFilter filter, NodeOrder order = NodeOrder.Natural, Visibility? visibility = null)
    {
        var first = PageSize(context);

        var after = context.GetArgument<string?>("after") is { } cursor ? Cursor.Parse(cursor, order) : null;
        var reader = context.Reader();
        var page = await reader.FindAsync(
            new NodeQuery(kind, filter, order, first, after, visibility ?? reader.Visibility, SelectsTotalCount(context)),
            context.CancellationToken);
        var edges = page.Items.Select(item => new Edge(Cursor.Of(order, item.Position), item.Node)).ToList();
        return new Connection(
            edges,
            page.TotalCount,
            new PageInfo(page.HasNextPage, after is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
    }

    /// <summary>The <c>first</c> argument, checked against the guard rail.</summary>
    public static int PageSize(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", DefaultPageSize);
        return first is < 0 or > MaxPageSize
            ? throw new ExecutionError($"first must be between 0 and {MaxPageSize}; it was {first}. Page with `after` instead.")
            { Code = ErrorCodes.PageSizeOutOfRange }
            : first;
    }

    /// <summary>
    /// Whether the connection's selection (fragments included) asks for <c>totalCount</c>: counting every match costs
    /// what the matches cost, so a page that only shows its nodes does not pay for it.
    /// </summary>
    private static bool SelectsTotalCount(IResolveFieldContext context) =>
        context.SubFields?.Values.Any(field => field.FieldType.Name == ConnectionFields.TotalCount) ?? true;
}
