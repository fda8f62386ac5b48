using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.Http;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Caching;

/// <summary>
/// Caches query responses on HybridCache (this instance's memory, and Redis when configured) under a key made of the
/// document, operation, variables, the limit it ran under, the caller's visibility and the store's data version. Every
/// write moves the data version on, so after a write every instance asks for new keys: nothing written before is
/// ever served again, and nothing has to be deleted. The version is read from the store on every request.
/// </summary>
public sealed partial class ResponseCache(
    HybridCache cache,
    IGraphStore store,
    IGraphQLTextSerializer serializer,
    IOptions<CachingOptions> options,
    ILogger<ResponseCache> logger)
{
    // Answers cached by an older build could differ from what this build answers.
    private static readonly string _build = typeof(ResponseCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static readonly HybridCacheEntryOptions _lookupOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    private readonly HybridCacheEntryOptions _entry = new()
    {
        Expiration = TimeSpan.FromSeconds(options.Value.ExpirationSeconds),
        LocalCacheExpiration = TimeSpan.FromSeconds(options.Value.LocalExpirationSeconds),
    };

    /// <summary>The key of the request and the cached response, if any; no key when the cache is off or the version unknown.</summary>
    public async Task<CacheLookup> LookupAsync(GraphQLRequest request, QueryLimit limit, Viewer viewer, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return CacheLookup.Bypass;
        }

        DataVersion version;
        try
        {
            version = await store.GetDataVersionAsync(cancellationToken);
        }
        catch (GraphStoreException problem)
        {
            // Without the version no key is safe; the request runs on the store, which reports its own failure.
            LogVersionUnknown(problem);
            return CacheLookup.Bypass;
        }

        var key = KeyOf(request, limit, viewer.Visibility, version);
        var hit = await cache.GetOrCreateAsync<CachedResponse?>(key, _ => default, _lookupOnly, cancellationToken: cancellationToken);
        return new CacheLookup(key, hit);
    }

    public async Task StoreAsync(string key, CachedResponse response, CancellationToken cancellationToken)
    {
        if (response.Body.Length <= options.Value.MaximumResponseBytes)
        {
            await cache.SetAsync(key, response, _entry, cancellationToken: cancellationToken);
        }
    }

    private string KeyOf(GraphQLRequest request, QueryLimit limit, Visibility visibility, DataVersion version)
    {
        var document = new StringBuilder()
            .Append(request.Query).Append('\0')
            .Append(request.OperationName).Append('\0')
            .Append(request.Variables is null ? "" : serializer.Serialize(request.Variables))
            .ToString();
        return $"wg:r:{_build}:{version}:{VisibilityKey(visibility)}:{(int)limit}:{Hash(document)}";
    }

    // The public and the committee share their answers with their peers; an Arena member with everyone in the same Arenas.
    private static string VisibilityKey(Visibility visibility) =>
        visibility.AllDrafts ? "all" : visibility.DraftsOfIssues.Count == 0 ? "public" : Hash(string.Join('\0', visibility.DraftsOfIssues));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data version cannot be read; this request bypasses the response cache")]
    private partial void LogVersionUnknown(Exception problem);
}

/// <summary>The cache key of a request (null: not cached) and the response found under it (null: a miss).</summary>
public sealed record CacheLookup(string? Key, CachedResponse? Hit)
{
    public static readonly CacheLookup Bypass = new(null, null);
}
