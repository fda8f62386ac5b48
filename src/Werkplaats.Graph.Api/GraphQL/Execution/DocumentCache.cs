using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Werkplaats.Graph.Api.GraphQL.Execution;

/// <summary>
/// Keeps parsed documents by query text, so a repeated query is not parsed again. Bounded by the total length of the
/// cached query texts. Validation still runs on every request: the complexity limits can depend on its variables.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents;
    private long _hits;

    public DocumentCache(IOptions<GraphQLOptions> options) =>
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });

    /// <summary>How many requests reused a cached document (for diagnostics and tests).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Runs with GraphQL.NET's own execution configurations (the "Use" calls).</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (_documents.TryGetValue(query, out GraphQLDocument? cached))
        {
            Interlocked.Increment(ref _hits);
            options.Document = cached;
            return await next(options);
        }

        var result = await next(options);

        // Only documents that passed validation are kept: invalid ones would let anyone fill the cache with garbage.
        if (result.Executed && result.Document is { } parsed)
        {
            _documents.Set(query, parsed, new MemoryCacheEntryOptions { Size = query.Length });
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();
}
