using GraphQL;
using GraphQL.Execution;

namespace Werkplaats.Graph.Api.Http;

/// <summary>Writes GraphQL responses with the status code the GraphQL-over-HTTP spec gives each media type.</summary>
public sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    public Task WriteResultAsync(HttpContext context, string mediaType, ExecutionResult result)
    {
        if (IsMutationOverGet(result))
        {
            return WriteErrorAsync(context, mediaType, RequestErrors.MutationOverGet);
        }

        return WriteAsync(context, mediaType, StatusOf(mediaType, result), result);
    }

    public Task WriteErrorAsync(HttpContext context, string mediaType, RequestError error)
    {
        if (error.Allow is not null)
        {
            context.Response.Headers.Allow = error.Allow;
        }

        if (error.Challenge is not null)
        {
            context.Response.Headers.WWWAuthenticate = error.Challenge;
        }

        return WriteAsync(context, mediaType, error.StatusCode, ResultOf(new ExecutionError(error.Message) { Code = error.Code }));
    }

    /// <summary>Writes one error; <paramref name="error"/> passes the error info provider like any other.</summary>
    public Task WriteErrorAsync(HttpContext context, int statusCode, ExecutionError error) =>
        WriteAsync(context, GraphQLMediaTypes.Json, statusCode, ResultOf(error));

    /// <summary>The response body of a result, as bytes to cache.</summary>
    public async Task<byte[]> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>
    /// Writes a successful query's body (cached, or to be cached) with 200, or 304 without a body when
    /// <paramref name="notModified"/>; the caching headers are the caller's to set (<see cref="Caching.HttpCaching"/>).
    /// </summary>
    public async Task WriteBodyAsync(HttpContext context, string mediaType, byte[] body, bool notModified)
    {
        var response = context.Response;
        if (notModified)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GraphQLMediaTypes.ContentTypeOf(mediaType);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private async Task WriteAsync(HttpContext context, string mediaType, int statusCode, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = GraphQLMediaTypes.ContentTypeOf(mediaType);
        response.Headers.CacheControl = "no-store";
        await serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }

    // application/json: 200 for every well-formed request, whatever its GraphQL errors. graphql-response+json: a
    // response without data (nothing executed) is a 4xx or 5xx; a timeout is the server's failure, not the client's.
    private static int StatusOf(string mediaType, ExecutionResult result) =>
        mediaType == GraphQLMediaTypes.Json || result.Executed ? StatusCodes.Status200OK
        : result.Errors?.Any(error => error is TimeoutError) == true ? StatusCodes.Status504GatewayTimeout
        : StatusCodes.Status400BadRequest;

    private static bool IsMutationOverGet(ExecutionResult result) =>
        result.Errors?.Any(error => error.Code == RequestErrors.MutationOverGet.Code) == true;

    private static ExecutionResult ResultOf(ExecutionError error) => new() { Errors = [error] };
}
