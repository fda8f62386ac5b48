using GraphQL.Transport;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using Werkplaats.Graph.Api.Http;

namespace Werkplaats.Graph.Api.Catalogue;

/// <summary>
/// Decides which document a request runs, and whether its caller may run it: a catalogue query by <c>id</c> (name,
/// name@version or hash), an automatic persisted query (Apollo's <c>persistedQuery</c> extension, kept in the shared
/// cache so every instance knows it), or the query text itself. Catalogue queries are trusted documents: anyone may
/// run them under the standard limits. Anonymous callers' own queries run under the stricter anonymous limits, or not
/// at all with <c>GraphQL:Anonymous:Queries = CatalogueOnly</c>.
/// </summary>
public sealed class PersistedDocuments(QueryCatalogue catalogue, HybridCache cache, IOptions<GraphQLOptions> options)
{
    private const string PersistedQueryExtension = "persistedQuery";
    private const int SupportedVersion = 1;
    private static readonly HybridCacheEntryOptions _lookupOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    private static readonly HybridCacheEntryOptions _registered = new() { Expiration = TimeSpan.FromDays(7), LocalCacheExpiration = TimeSpan.FromHours(1) };

    public async Task<DocumentResolution> ResolveAsync(GraphQLRequest request, bool anonymous, CancellationToken cancellationToken)
    {
        var mayWriteOwn = !anonymous || options.Value.Anonymous.Queries == AnonymousQueries.AdHoc;
        var ownLimit = anonymous ? QueryLimit.Anonymous : QueryLimit.Standard;
        if (request.DocumentId is { } id)
        {
            return request.Query is not null ? DocumentResolution.Refused(PersistedQueryErrors.QueryAndId)
                : catalogue.Find(id) is { } query ? DocumentResolution.Trusted(query.Document)
                : DocumentResolution.Refused(PersistedQueryErrors.NotInCatalogue(id));
        }

        if (request.Extensions?.TryGetValue(PersistedQueryExtension, out var extension) == true)
        {
            if (ReadHash(extension) is not { } hash)
            {
                return DocumentResolution.Refused(PersistedQueryErrors.Malformed);
            }

            if (request.Query is { } text)
            {
                return QueryCatalogue.HashOf(text) != hash ? DocumentResolution.Refused(PersistedQueryErrors.HashMismatch)
                    : catalogue.Find(hash) is not null ? DocumentResolution.Trusted(text)
                    : mayWriteOwn ? new DocumentResolution(text, ownLimit, null) { RegisterAs = hash }
                    : DocumentResolution.Refused(PersistedQueryErrors.CatalogueOnly);
            }

            if (catalogue.Find(hash) is { } query)
            {
                return DocumentResolution.Trusted(query.Document);
            }

            var registered = mayWriteOwn
                ? await cache.GetOrCreateAsync<string?>(KeyOf(hash), _ => default, _lookupOnly, cancellationToken: cancellationToken)
                : null;
            return registered is not null ? new DocumentResolution(registered, ownLimit, null)
                : DocumentResolution.Refused(mayWriteOwn ? PersistedQueryErrors.NotFound : PersistedQueryErrors.CatalogueOnly);
        }

        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return DocumentResolution.Refused(RequestErrors.MissingQuery);
        }

        // The exact text of a catalogue query is that query, however it was sent.
        return catalogue.Find(QueryCatalogue.HashOf(request.Query)) is not null ? DocumentResolution.Trusted(request.Query)
            : mayWriteOwn ? new DocumentResolution(request.Query, ownLimit, null)
            : DocumentResolution.Refused(PersistedQueryErrors.CatalogueOnly);
    }

    /// <summary>Keeps an automatic persisted query that ran, so later requests (to any instance) may send only its hash.</summary>
    public ValueTask RegisterAsync(string hash, string query, CancellationToken cancellationToken) =>
        cache.SetAsync(KeyOf(hash), query, _registered, cancellationToken: cancellationToken);

    private static string KeyOf(string hash) => $"wg:apq:{hash}";

    /// <summary>The sha256Hash of a version 1 extension, as 64 lowercase hex digits; null when the extension is anything else.</summary>
    private static string? ReadHash(object? extension) =>
        extension is IDictionary<string, object?> fields
        && fields.TryGetValue("version", out var version) && Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture) == SupportedVersion
        && fields.TryGetValue("sha256Hash", out var hash) && hash is string { Length: 64 } text && text.All(char.IsAsciiHexDigit)
            ? text.ToLowerInvariant()
            : null;
}

/// <summary>The document a request runs and its limit, or why it may not run.</summary>
public sealed record DocumentResolution(string? Query, QueryLimit Limit, RequestError? Error)
{
    /// <summary>The hash under which to register the query once it has run (automatic persisted queries).</summary>
    public string? RegisterAs { get; init; }

    public static DocumentResolution Trusted(string query) => new(query, QueryLimit.Standard, null);

    public static DocumentResolution Refused(RequestError error) => new(null, QueryLimit.Standard, error);
}

/// <summary>The errors of persisted and catalogue queries; the Apollo codes are the ones its clients react to.</summary>
public static class PersistedQueryErrors
{
    public static readonly RequestError NotFound = new(
        StatusCodes.Status404NotFound, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");

    public static readonly RequestError HashMismatch = new(
        StatusCodes.Status400BadRequest, "PERSISTED_QUERY_HASH_MISMATCH", "The persisted query's sha256Hash is not the SHA-256 of its query.");

    public static readonly RequestError Malformed = new(
        StatusCodes.Status400BadRequest,
        "PERSISTED_QUERY_NOT_SUPPORTED",
        "The persistedQuery extension must be { \"version\": 1, \"sha256Hash\": \"<64 hex digits>\" }.");

    public static readonly RequestError QueryAndId = new(
        StatusCodes.Status400BadRequest, "INVALID_REQUEST", "Send either a query or the id of a catalogue query, not both.");

    public static readonly RequestError CatalogueOnly = new(
        StatusCodes.Status403Forbidden,
        "CATALOGUE_QUERIES_ONLY",
        $"Anonymous callers may run only catalogue queries (listed at {CatalogueEndpoint.Path}); sign in to send your own.");

    public static RequestError NotInCatalogue(string id) => new(
        StatusCodes.Status404NotFound,
        "PERSISTED_QUERY_NOT_FOUND",
        $"The catalogue has no query '{id}'; {CatalogueEndpoint.Path} lists them.");
}
