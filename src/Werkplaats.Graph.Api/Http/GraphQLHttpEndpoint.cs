namespace Werkplaats.Graph.Api.Http;

/// <summary>The GraphQL-over-HTTP endpoint: queries by GET or POST, mutations by POST only; every answer is a GraphQL response.</summary>
public static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";

    /// <summary>Maps every method, so that the ones not served also get a GraphQL response (405) rather than an empty one.</summary>
    public static IEndpointRouteBuilder MapGraphQLHttpEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(Path, HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(
        HttpContext context,
        GraphQLRequestReader reader,
        GraphQLRequestExecutor executor,
        GraphQLResponseWriter writer)
    {
        var request = context.Request;
        var mediaType = GraphQLMediaTypes.Negotiate(request);
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            await writer.WriteErrorAsync(context, mediaType ?? GraphQLMediaTypes.Json, RequestErrors.MethodNotAllowed);
            return;
        }

        if (mediaType is null)
        {
            await writer.WriteErrorAsync(context, GraphQLMediaTypes.Json, RequestErrors.NotAcceptable);
            return;
        }

        var read = isGet ? reader.ReadGet(request.Query) : await reader.ReadPostAsync(request, context.RequestAborted);
        if (read.Request is null)
        {
            await writer.WriteErrorAsync(context, mediaType, read.Error!);
            return;
        }

        try
        {
            var result = await executor.ExecuteAsync(read.Request, context);
            await writer.WriteResultAsync(context, mediaType, result);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer.
        }
    }
}
