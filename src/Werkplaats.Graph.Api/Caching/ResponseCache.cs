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
/// Caches query responses in two layers, both keyed by the caller's visibility and the store's data version: the exact
/// request in this instance's memory (<see cref="ExactRequestAnswers"/>), then HybridCache (this instance's memory, and
/// Redis when configured) under the document, operation, variables and the limit it ran under. Every write moves the
/// data version on, so after a write every instance asks for new keys: nothing written before is ever served again,
/// and nothing has to be deleted. The version is read from the store once per request.
/// </summary>
public sealed partial class ResponseCache(
    HybridCache cache,
    IGraphStore store,
    IGraphQLTextSerializer serializer,
    IOptions<CachingOptions> options,
    TimeProvider time,
    ILogger<ResponseCache> logger)
{
    // Answers cached by an older build could differ from what this build answers.
    private static readonly string _build = typeof(ResponseCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private const string AnonymousPublic = "anonymous:public";

    private static readonly HybridCacheEntryOptions _lookupOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    private readonly HybridCacheEntryOptions _entry = new()
    {
        Expiration = TimeSpan.FromSeconds(options.Value.ExpirationSeconds),
        LocalCacheExpiration = TimeSpan.FromSeconds(options.Value.LocalExpirationSeconds),
    };

    private readonly ExactRequestAnswers _exact = new(
        options.Value.ExactRequestBytes, TimeSpan.FromSeconds(options.Value.LocalExpirationSeconds), time);

    /// <summary>
    /// Starts the cache's part in answering one request: reads the data version, and finds the answer to the same exact
    /// request by a caller of the same visibility, if one was given at this version. Bypasses the cache when it is off
    /// or the version cannot be read.
    /// </summary>
    public async Task<ResponseCacheLookup> OpenAsync(RawRequest request, Viewer viewer, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return ResponseCacheLookup.Bypass;
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
            return ResponseCacheLookup.Bypass;
        }

        var callerKey = CallerKeyOf(viewer);
        var exactKey = ExactKeyOf(request, callerKey);
        return new ResponseCacheLookup(this, version, callerKey, exactKey, _exact.Find(version, exactKey));
    }

    internal async Task<CachedResponse?> FindAsync(ResponseCacheLookup lookup, string documentKey, CancellationToken cancellationToken)
    {
        var found = await cache.GetOrCreateAsync<CachedResponse?>(documentKey, _ => default, _lookupOnly, cancellationToken: cancellationToken);
        if (found is not null)
        {
            _exact.Remember(lookup.Version, lookup.ExactKey, found);
        }

        return found;
    }

    internal async Task StoreAsync(ResponseCacheLookup lookup, string documentKey, CachedResponse response, CancellationToken cancellationToken)
    {
        if (response.Body.Length <= options.Value.MaximumResponseBytes)
        {
            await cache.SetAsync(documentKey, response, _entry, cancellationToken: cancellationToken);
            _exact.Remember(lookup.Version, lookup.ExactKey, response);
        }
    }

    internal string DocumentKeyOf(GraphQLRequest request, QueryLimit limit, ResponseCacheLookup lookup)
    {
        var document = new StringBuilder()
            .Append(request.Query).Append('\0')
            .Append(request.OperationName).Append('\0')
            .Append(request.Variables is null ? "" : serializer.Serialize(request.Variables))
            .ToString();
        return $"wg:r:{_build}:{lookup.Version}:{lookup.CallerKey}:{(int)limit}:{Hash(Encoding.UTF8.GetBytes(document))}";
    }

    // The public and the committee share their answers with their peers; an Arena member with everyone in the same
    // Arenas. Signed-in callers apart from anonymous ones: the same request may run under other limits, or be refused.
    private static string CallerKeyOf(Viewer viewer)
    {
        var visibility = viewer.Visibility;
        if (viewer.Actor is null && !visibility.SeesDrafts)
        {
            return AnonymousPublic;
        }

        var sees = visibility.AllDrafts ? "all" : visibility.DraftsOfIssues.Count == 0 ? "public" : Hash(Encoding.UTF8.GetBytes(string.Join('\0', visibility.DraftsOfIssues)));
        return $"{(viewer.Actor is null ? "anonymous" : "signed-in")}:{sees}";
    }

    // Kept as text, not hashed: the dictionary's own hashing is cheaper than a cryptographic hash, and keys are unique.
    private static string ExactKeyOf(RawRequest request, string callerKey) => string.Concat(request.Method, "\n", callerKey, "\n", request.Text);

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data version cannot be read; this request bypasses the response cache")]
    private partial void LogVersionUnknown(Exception problem);
}

/// <summary>
/// The response cache's part in one request: the exact layer's answer (<see cref="Hit"/>), then the shared layer's by
/// document, then storing a new answer under both. <see cref="Bypass"/> when the cache is off or the version unknown.
/// </summary>
public sealed class ResponseCacheLookup
{
    public static readonly ResponseCacheLookup Bypass = new(null, new DataVersion("", 0), "", "", null);

    private readonly ResponseCache? _cache;
    private string? _documentKey;

    internal ResponseCacheLookup(ResponseCache? cache, DataVersion version, string callerKey, string exactKey, CachedResponse? hit)
    {
        (_cache, Version, CallerKey, ExactKey, Hit) = (cache, version, callerKey, exactKey, hit);
    }

    /// <summary>Whether answers are cached for this request at all.</summary>
    public bool Caches => _cache is not null;

    /// <summary>The answer to this exact request, found before anything was parsed.</summary>
    public CachedResponse? Hit { get; }

    internal DataVersion Version { get; }

    internal string CallerKey { get; }

    internal string ExactKey { get; }

    /// <summary>The answer to the same document, operation and variables, however they were written or sent.</summary>
    public async Task<CachedResponse?> FindAsync(GraphQLRequest request, QueryLimit limit, CancellationToken cancellationToken)
    {
        if (_cache is null)
        {
            return null;
        }

        _documentKey = _cache.DocumentKeyOf(request, limit, this);
        return await _cache.FindAsync(this, _documentKey, cancellationToken);
    }

    /// <summary>Keeps the answer of the request looked up by <see cref="FindAsync"/>.</summary>
    public Task StoreAsync(CachedResponse response, CancellationToken cancellationToken) =>
        _cache is not null && _documentKey is not null ? _cache.StoreAsync(this, _documentKey, response, cancellationToken) : Task.CompletedTask;
}
