using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Relay;

/// <summary>
/// The list fields of the schema: a connection of one kind, with a <c>where</c> filter, paging and optionally an
/// order, scoped to the node it hangs off (e.g. <c>condition.lessons</c> is the lessons that touch it).
/// </summary>
public static class NodeLists
{
    public static void NodeListField<TSource, TConnectionType, TFilterType, TFilterInput>(
        this ObjectGraphType<TSource> type,
        string name,
        string description,
        NodeKind kind,
        Func<TSource, NodeFilter> scope,
        (Type GraphType, NodeOrder Default)? order = null)
        where TConnectionType : IGraphType
        where TFilterType : IInputObjectGraphType
        where TFilterInput : class, INodeFilterInput
    {
        var field = type.Field<NonNullGraphType<TConnectionType>>(name)
            .Description(description)
            .Argument<TFilterType>("where", "Which nodes; all (that you may see) when left out.");
        if (order is { } ordering)
        {
            field.Argument(
                typeof(NonNullGraphType<>).MakeGenericType(ordering.GraphType),
                "orderBy",
                argument =>
                {
                    argument.Description = "The order of the list.";
                    argument.DefaultValue = ordering.Default;
                });
        }

        field.Paged().ResolveAsync(async context =>
        {
            var filter = new NodeFilter.AllOf([scope(context.Source), context.GetArgument<TFilterInput?>("where")?.ToNodeFilter() ?? NodeFilter.Everything]);
            var listOrder = order is null ? NodeOrder.Natural : context.GetArgument<NodeOrder>("orderBy");
            return await Paging.ListAsync(context, kind, filter, listOrder);
        });
    }

    /// <summary>A root field that finds one node of a slug-keyed kind by its key.</summary>
    public static void NodeByKeyField<TNodeType, TNode>(this ObjectGraphType query, string name, NodeKind kind, string description)
        where TNodeType : IGraphType
        where TNode : GraphNode =>
        query.Field<TNodeType>(name)
            .Description($"{description} Null when there is none, or you may not see it.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The key (slug).")
            .Resolve(context => context.Reader().Node<TNode>(new NodeRef(kind, context.GetArgument<string>("key"))));

    /// <summary>A root field that finds a condition or level by its enum key.</summary>
    public static void NodeByEnumKeyField<TNodeType, TNode, TKeyType, TKey>(
        this ObjectGraphType query, string name, NodeKind kind, string description)
        where TNodeType : IGraphType
        where TNode : GraphNode
        where TKeyType : IGraphType
        where TKey : struct, Enum =>
        query.Field<TNodeType>(name)
            .Description(description)
            .Argument<NonNullGraphType<TKeyType>>("key", "The fixed key.")
            .Resolve(context => context.Reader().Node<TNode>(
                new NodeRef(kind, EnumNames.ToConstant(context.GetArgument<TKey>("key")))));

    /// <summary>Nodes whose hop from them reaches <paramref name="key"/>: e.g. the lessons that touch a condition.</summary>
    public static NodeFilter Reaching(Hop hop, string key) => new NodeFilter.Related([hop], [key]);
}
