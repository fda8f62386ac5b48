using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.GraphQL.Traversal;

/// <summary>The root fields for paths and neighbourhoods.</summary>
public static class TraversalQueries
{
    public static void AddTraversalQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths")
            .Description("The shortest simple paths between any two nodes (all of the same, shortest length), "
                + $"e.g. how a lesson of one atelier connects to a practice of another. Empty when none is at most "
                + $"maxLength long. A search that would examine more than {GraphTraversal.WorkBudget} relationships "
                + "ends with PATH_SEARCH_LIMIT: narrow it with maxLength or through.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Where the paths start (a global id).")
            .Argument<NonNullGraphType<IdGraphType>>("to", "Where the paths end (a global id).")
            .Argument<IntGraphType>(
                "maxLength", $"The longest path to look for, 1 to {GraphTraversal.MaxPathLength} relationships.",
                a => a.DefaultValue = TraversalArguments.DefaultMaxLength)
            .Argument<ListGraphType<NonNullGraphType<NodeKindType>>>("through", "Only paths whose inner nodes are of these kinds.")
            .Argument<IntGraphType>(
                "first", $"How many paths at most, 1 to {GraphTraversal.MaxPaths}.", a => a.DefaultValue = TraversalArguments.DefaultPaths)
            .ResolveAsync(async context =>
            {
                var reader = context.Reader();
                var request = new PathQuery(
                    GlobalId.Parse(context.GetArgument<string>("from")),
                    GlobalId.Parse(context.GetArgument<string>("to")),
                    context.GetArgument("maxLength", TraversalArguments.DefaultMaxLength),
                    context.GetArgument<List<NodeKind>?>("through"),
                    context.GetArgument("first", TraversalArguments.DefaultPaths),
                    reader.Visibility);
                return await context.Service<GraphTraversal>().ShortestPathsAsync(request, context.CancellationToken);
            });

        query.Field<NonNullGraphType<SubgraphType>>("neighbourhood")
            .Description("The subgraph around a node: every node within `depth` relationships (of the given kinds and "
                + "relationship types), and the relationships among them, at most `limit` nodes.")
            .Argument<NonNullGraphType<IdGraphType>>("of", "The node in the middle (a global id).")
            .Argument<IntGraphType>("depth", $"How many relationships out, 1 to {GraphTraversal.MaxDepth}.", a => a.DefaultValue = TraversalArguments.DefaultDepth)
            .Argument<ListGraphType<NonNullGraphType<NodeKindType>>>("kinds", "Only nodes of these kinds (the middle node always).")
            .Argument<ListGraphType<NonNullGraphType<RelationshipTypeEnumType>>>("relationshipTypes", "Only relationships of these types.")
            .Argument<IntGraphType>("limit", $"The most nodes to return, 1 to {GraphTraversal.MaxNodes}.", a => a.DefaultValue = TraversalArguments.DefaultLimit)
            .ResolveAsync(async context =>
            {
                var reader = context.Reader();
                var request = new NeighbourhoodQuery(
                    GlobalId.Parse(context.GetArgument<string>("of")),
                    context.GetArgument("depth", TraversalArguments.DefaultDepth),
                    context.GetArgument<List<NodeKind>?>("kinds"),
                    context.GetArgument<List<RelationshipType>?>("relationshipTypes"),
                    context.GetArgument("limit", TraversalArguments.DefaultLimit),
                    reader.Visibility);
                return await context.Service<GraphTraversal>().NeighbourhoodAsync(request, context.CancellationToken);
            });
    }
}
