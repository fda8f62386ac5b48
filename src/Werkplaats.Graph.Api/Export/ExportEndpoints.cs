using GraphQL;
using Microsoft.Extensions.Primitives;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Api.GraphQL.Traversal;
using Werkplaats.Graph.Api.Http;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.Export;

/// <summary>
/// Downloads of neighbourhoods and paths as GraphML (Gephi, yEd) or JSON (Kumu, Neo4j Bloom), with the arguments of
/// the GraphQL fields <c>neighbourhood</c> and <c>paths</c> as query parameters; lists are comma-separated constants.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/neighbourhood", (HttpContext context, GraphTraversal traversal, GraphReader reader, GraphQLResponseWriter writer) =>
            ExportAsync(context, writer, "neighbourhood", query => traversal.NeighbourhoodAsync(
                new NeighbourhoodQuery(
                    GlobalId.Parse(Required(query, "of")),
                    Number(query, "depth", TraversalArguments.DefaultDepth),
                    Constants<NodeKind>(query, "kinds"),
                    Constants<RelationshipType>(query, "relationshipTypes"),
                    Number(query, "limit", TraversalArguments.DefaultLimit),
                    reader.Visibility),
                context.RequestAborted)));
        endpoints.MapGet("/export/paths", (HttpContext context, GraphTraversal traversal, GraphReader reader, GraphQLResponseWriter writer) =>
            ExportAsync(context, writer, "paths", async query => Union(await traversal.ShortestPathsAsync(
                new PathQuery(
                    GlobalId.Parse(Required(query, "from")),
                    GlobalId.Parse(Required(query, "to")),
                    Number(query, "maxLength", TraversalArguments.DefaultMaxLength),
                    Constants<NodeKind>(query, "through"),
                    Number(query, "first", TraversalArguments.DefaultPaths),
                    reader.Visibility),
                context.RequestAborted))));
        return endpoints;
    }

    private static async Task ExportAsync(
        HttpContext context, GraphQLResponseWriter writer, string name, Func<IQueryCollection, Task<Subgraph>> find)
    {
        var query = context.Request.Query;
        bool json;
        Subgraph subgraph;
        try
        {
            json = IsJson(query);
            subgraph = await find(query);
        }
        catch (ExecutionError invalid)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status400BadRequest, invalid);
            return;
        }
        catch (TraversalArgumentException beyondBounds)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status400BadRequest, new ExecutionError(beyondBounds.Message) { Code = ErrorCodes.InvalidArgument });
            return;
        }
        catch (NodeNotFoundException notFound)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status404NotFound, new ExecutionError(notFound.Message) { Code = ErrorCodes.NodeNotFound });
            return;
        }
        catch (PathSearchLimitException limit)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status422UnprocessableEntity, new ExecutionError(limit.Message) { Code = ErrorCodes.PathSearchLimit });
            return;
        }

        var response = context.Response;
        response.ContentType = json ? ExportFormats.JsonMediaType : ExportFormats.GraphMLMediaType;
        response.Headers.ContentDisposition =
            $"attachment; filename=\"{name}{(json ? ExportFormats.JsonExtension : ExportFormats.GraphMLExtension)}\"";
        await (json
            ? GraphJsonWriter.WriteAsync(subgraph, response.Body, context.RequestAborted)
            : GraphMLWriter.WriteAsync(subgraph, response.Body, context.RequestAborted));
    }

    private static bool IsJson(IQueryCollection query) => (string?)query["format"] switch
    {
        null or "graphml" => false,
        "json" => true,
        var other => throw new ExecutionError($"format must be graphml or json; it was '{other}'.") { Code = ErrorCodes.InvalidArgument },
    };

    /// <summary>Every node and relationship of the paths, each once.</summary>
    private static Subgraph Union(IReadOnlyList<GraphPath> paths) => new(
        [.. paths.SelectMany(p => p.Nodes).DistinctBy(n => n.Ref)],
        [.. paths.SelectMany(p => p.Relationships).Distinct()],
        Truncated: false);

    private static string Required(IQueryCollection query, string name) =>
        query[name] is { Count: 1 } value && !string.IsNullOrEmpty(value[0])
            ? value[0]!
            : throw new ExecutionError($"The query parameter '{name}' is required.") { Code = ErrorCodes.InvalidArgument };

    private static int Number(IQueryCollection query, string name, int fallback) => query[name] switch
    {
        { Count: 0 } => fallback,
        var value when int.TryParse(value, out var number) => number,
        var value => throw new ExecutionError($"{name} must be a whole number; it was '{value}'.") { Code = ErrorCodes.InvalidArgument },
    };

    private static List<T>? Constants<T>(IQueryCollection query, string name)
        where T : struct, Enum => query[name] is { Count: > 0 } value
        ? [.. Split(value).Select(constant => EnumNames.TryParse<T>(constant, out var parsed)
            ? parsed
            : throw new ExecutionError($"'{constant}' is not one of {string.Join(", ", EnumNames.AllConstants<T>())}.") { Code = ErrorCodes.InvalidArgument })]
        : null;

    private static IEnumerable<string> Split(StringValues values) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
