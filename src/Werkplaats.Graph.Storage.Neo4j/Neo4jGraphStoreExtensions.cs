using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Neo4j.Http;

namespace Werkplaats.Graph.Storage.Neo4j;

/// <summary>Registers the Neo4j adapter of the storage port.</summary>
public static class Neo4jGraphStoreExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="IGraphStore"/> and, on the same instance, <see cref="IGraphWriter"/> and <see cref="IGraphTransfer"/>, talking to
    /// the Neo4j server of the <c>Neo4j</c> options over a typed HttpClient on the Query API. The client's handler
    /// recycles its connections, so the singleton follows DNS changes (a cluster, Aura).
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, Action<Neo4jOptions> configure)
    {
        services.AddOptions<Neo4jOptions>().Configure(configure).Validate(
            o => System.Uri.TryCreate(o.Uri, UriKind.Absolute, out _),
            "Neo4j:Uri must be the server's absolute HTTP address, e.g. http://localhost:7474.").ValidateOnStart();
        services.AddHttpClient<QueryApiClient>((provider, http) => Configure(http, provider.GetRequiredService<IOptions<Neo4jOptions>>().Value))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        return services
            .AddSingleton(provider => new Neo4jGraphStore(
                provider.GetRequiredService<QueryApiClient>(), provider.GetRequiredService<IOptions<Neo4jOptions>>()))
            .AddSingleton<IGraphStore>(provider => provider.GetRequiredService<Neo4jGraphStore>())
            .AddSingleton<IGraphWriter>(provider => provider.GetRequiredService<Neo4jGraphStore>())
            .AddSingleton<IGraphTransfer>(provider => provider.GetRequiredService<Neo4jGraphStore>());
    }

    /// <summary>The server's address, Bearer (a token) or Basic (user and password) authentication, and the call timeout.</summary>
    internal static void Configure(HttpClient http, Neo4jOptions options)
    {
        var uri = options.Uri ?? throw new InvalidOperationException("Neo4j:Uri is not set.");
        http.BaseAddress = new Uri(uri.EndsWith('/') ? uri : uri + "/");
        http.Timeout = TimeSpan.FromSeconds(Math.Max(options.TimeoutSeconds, 1));
        http.DefaultRequestHeaders.Authorization = options.Token is { Length: > 0 } token
            ? new AuthenticationHeaderValue("Bearer", token)
            : new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }
}
