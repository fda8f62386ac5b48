using GraphQL;
using GraphQL.Transport;
using Werkplaats.Graph.Api.Benchmarks;
using Werkplaats.Graph.Api.Http;

[assembly: HostingStartup(typeof(PlainEndpointStartup))]

namespace Werkplaats.Graph.Api.Benchmarks;

/// <summary>
/// For the HTTP benchmarks only (benchmarks/http-bench.sh, cache-bench.sh), off unless <c>Benchmarks:PlainEndpoint=true</c>:
/// <c>GET /bench/plain</c> answers the exact bytes the GraphQL endpoint writes for the request in the JSON file
/// <c>Benchmarks:Request</c>, made once, on its first call, before any of the API's middleware; <c>GET /bench/routed</c>
/// answers the same bytes as an ordinary endpoint behind all of it (exception handling, CORS, the rate limit, the
/// viewer, routing), as every endpoint of the API is. Served side by side with <c>/graphql</c>, they are the baselines
/// that isolate what GraphQL and its cache cost over the same server, store and response. A hosting startup of the
/// API's own assembly (run by the web host on every start), so the composition root stays as it is.
/// </summary>
public sealed class PlainEndpointStartup : IHostingStartup
{
    public const string Path = "/bench/plain";

    public const string RoutedPath = "/bench/routed";

    /// <summary>Maps <see cref="RoutedPath"/> when the benchmark endpoints are on; nothing otherwise.</summary>
    public static IEndpointRouteBuilder MapRoutedPlainEndpoint(IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<PlainResponse>() is { } response)
        {
            endpoints.MapGet(RoutedPath, response.WriteAsync);
        }

        return endpoints;
    }

    public void Configure(IWebHostBuilder builder) => builder.ConfigureServices((context, services) =>
    {
        if (context.Configuration.GetValue<bool>("Benchmarks:PlainEndpoint"))
        {
            var requestFile = context.Configuration["Benchmarks:Request"]
                ?? throw new InvalidOperationException("Benchmarks:PlainEndpoint needs Benchmarks:Request, a GraphQL request as JSON.");
            services.AddSingleton(new PlainResponse(requestFile));
            services.AddTransient<IStartupFilter, PlainEndpointFilter>();
        }
    });

    private sealed class PlainEndpointFilter(PlainResponse response) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(Path, plain => plain.Run(response.WriteAsync));
            next(app);
        };
    }
}

/// <summary>The GraphQL endpoint's response bytes for one request, made once by the same executor and writer.</summary>
public sealed class PlainResponse(string requestFile)
{
    private Task<byte[]>? _body;
    private bool _captured;
    private object? _captureLock;

    public async Task WriteAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var body = await LazyInitializer.EnsureInitialized(ref _body, ref _captured, ref _captureLock, () => CaptureAsync(services))!;
        context.Response.ContentType = GraphQLMediaTypes.GraphQLResponse;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private async Task<byte[]> CaptureAsync(IServiceProvider services)
    {
        var request = services.GetRequiredService<IGraphQLTextSerializer>()
            .Deserialize<GraphQLRequest>(await File.ReadAllTextAsync(requestFile))!;
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = HttpMethods.Post;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var result = await services.GetRequiredService<GraphQLRequestExecutor>().ExecuteAsync(request, context);
        await services.GetRequiredService<GraphQLResponseWriter>().WriteResultAsync(context, GraphQLMediaTypes.GraphQLResponse, result);
        return buffer.ToArray();
    }
}
