using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Nodes;

/// <summary>Relay's <c>node</c> and <c>nodes</c>: any node by its global id.</summary>
public static class NodeQueries
{
    public const int MaxIds = Paging.MaxPageSize;

    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any node by its global id; null when there is none, or you may not see it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node's global id.")
            .Resolve(context => context.Reader().Node(GlobalId.Parse(context.GetArgument<string>("id"))));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Nodes by their global ids, in the same order; null for each one there is none of. At most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The nodes' global ids.")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new ExecutionError($"nodes takes at most {MaxIds} ids; it got {ids.Count}.")
                    { Code = ErrorCodes.PageSizeOutOfRange };
                }

                var reader = context.Reader();
                var pending = ids.Select(id => reader.Node(GlobalId.Parse(id))).ToList();
                var nodes = new List<GraphNode?>(pending.Count);
                foreach (var node in pending)
                {
                    nodes.Add(await node.GetResultAsync(context.CancellationToken));
                }

                return nodes;
            });
    }
}
