using GraphQL.Types;

namespace Werkplaats.Graph.Api.GraphQL.Relay;

/// <summary>A Relay connection of one node type; each node type declares its own, e.g. <c>LessonConnection</c>.</summary>
public abstract class ConnectionType<TNodeType, TEdgeType> : ObjectGraphType<Connection>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    protected ConnectionType(string nodeName)
    {
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} nodes, with the total number that match and a cursor to go on from.";
        Field<NonNullGraphType<IntGraphType>>(ConnectionFields.TotalCount)
            .Description("How many nodes match in all, on every page together.")
            .Resolve(context => checked((int)(context.Source.TotalCount
                ?? throw new InvalidOperationException("The connection was read without its total count."))));
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Whether there is more, and the cursors of this page.")
            .Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges")
            .Description("The nodes of this page with their cursors, in the list's order.")
            .Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The nodes of this page, in the list's order (the edges without cursors).")
            .Resolve(context => context.Source.Edges.Select(e => e.Node));
    }
}

/// <summary>Field names of every connection that resolvers look for in a selection.</summary>
public static class ConnectionFields
{
    public const string TotalCount = "totalCount";
}

/// <summary>An edge of a connection of one node type.</summary>
public abstract class EdgeType<TNodeType> : ObjectGraphType<Edge>
    where TNodeType : IGraphType
{
    protected EdgeType(string nodeName)
    {
        Name = $"{nodeName}Edge";
        Description = $"A {nodeName} in a list, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Pass as `after` to get the nodes behind this one.")
            .Resolve(context => context.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node")
            .Description($"The {nodeName}.")
            .Resolve(context => context.Source.Node);
    }
}

/// <summary>Relay's PageInfo.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page stands in its list (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("True when more nodes follow this page.")
            .Resolve(context => context.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("True when this page was asked for after a cursor.")
            .Resolve(context => context.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor")
            .Description("The cursor of the first node of this page; null for an empty page.")
            .Resolve(context => context.Source.StartCursor);
        Field<StringGraphType>("endCursor")
            .Description("The cursor of the last node of this page: pass it as `after` for the next page.")
            .Resolve(context => context.Source.EndCursor);
    }
}
