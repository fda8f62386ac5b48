using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Werkplaats.Graph.Api.Catalogue;
using Werkplaats.Graph.Api.GraphQL.Loading;

namespace Werkplaats.Graph.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: queries by GET or POST, mutations by POST only; every answer is a GraphQL response.
/// A request is answered from the response cache when it can be, first by its exact bytes, then by the document it
/// names (<see cref="PersistedDocuments"/>), and otherwise runs; a successful query's answer is cached and, over GET, carries HTTP caching headers.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";

    /// <summary>Whether an answer came from the response cache: <c>hit</c>, <c>miss</c> (cached now) or <c>bypass</c>.</summary>
    public const string CacheStatusHeader = "X-Response-Cache";

    /// <summary>Maps every method, so that the ones not served also get a GraphQL response (405) rather than an empty one.</summary>
    public static IEndpointRouteBuilder MapGraphQLHttpEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(Path, HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(
        HttpContext context,
        GraphQLRequestReader reader,
        PersistedDocuments documents,
        ResponseCache cache,
        GraphQLRequestExecutor executor,
        GraphQLResponseWriter writer,
        IOptions<CachingOptions> caching)
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

        try
        {
            RawRequest raw;
            if (isGet)
            {
                raw = RawRequest.Get(request.QueryString);
            }
            else
            {
                var posted = await reader.ReadPostBodyAsync(request, context.RequestAborted);
                if (posted.Body is not { } body)
                {
                    await writer.WriteErrorAsync(context, mediaType, posted.Error!);
                    return;
                }

                raw = RawRequest.Post(body);
            }

            var viewer = context.Features.Get<Viewer>() ?? Viewer.Anonymous;
            var cached = await cache.OpenAsync(raw, viewer, context.RequestAborted);
            if (cached.Hit is { } exactHit)
            {
                await WriteCacheableAsync(context, mediaType, viewer, exactHit, "hit");
                return;
            }

            var read = isGet ? reader.ReadGet(request.Query) : reader.ReadPost(raw.Body!);
            if (read.Request is not { } graphQLRequest)
            {
                await writer.WriteErrorAsync(context, mediaType, read.Error!);
                return;
            }

            var document = await documents.ResolveAsync(graphQLRequest, viewer.Actor is null, context.RequestAborted);
            if (document.Error is not null)
            {
                await writer.WriteErrorAsync(context, mediaType, document.Error);
                return;
            }

            graphQLRequest.Query = document.Query;
            graphQLRequest.DocumentId = null;
            if (await cached.FindAsync(graphQLRequest, document.Limit, context.RequestAborted) is { } hit)
            {
                await WriteCacheableAsync(context, mediaType, viewer, hit, "hit");
                return;
            }

            var result = await executor.ExecuteAsync(graphQLRequest, context, document.Limit);
            if (document.RegisterAs is { } hash && result.Executed)
            {
                await documents.RegisterAsync(hash, document.Query!, context.RequestAborted);
            }

            if (!IsShareable(result, context))
            {
                context.Response.Headers[CacheStatusHeader] = "bypass";
                await writer.WriteResultAsync(context, mediaType, result);
                return;
            }

            var response = CachedResponse.Of(await writer.SerializeAsync(result, context.RequestAborted));
            await cached.StoreAsync(response, context.RequestAborted);
            await WriteCacheableAsync(context, mediaType, viewer, response, cached.Caches ? "miss" : "bypass");
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer.
        }

        Task WriteCacheableAsync(HttpContext exchange, string answerType, Viewer caller, CachedResponse response, string status)
        {
            exchange.Response.Headers[CacheStatusHeader] = status;
            var notModified = HttpCaching.Apply(exchange, answerType, caller, response, caching.Value.PublicMaxAgeSeconds);
            return writer.WriteBodyAsync(exchange, answerType, response.Body, notModified);
        }
    }

    /// <summary>
    /// A query that ran without any error, and whose answer is about the graph, not about who asked: the same for
    /// everyone with the caller's visibility. Errors are never kept: a timeout or a store failure is not the answer.
    /// </summary>
    private static bool IsShareable(ExecutionResult result, HttpContext context) =>
        result is { Executed: true, Errors: null or { Count: 0 }, Operation.Operation: OperationType.Query }
        && !context.RequestServices.GetRequiredService<CallerSpecificResponse>().IsCallerSpecific;
}
