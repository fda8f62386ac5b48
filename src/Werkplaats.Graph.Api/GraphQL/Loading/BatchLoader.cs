using GraphQL.DataLoader;

namespace Werkplaats.Graph.Api.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers of one execution level ask for and fetches them in one call when the first
/// result is awaited; GraphQL.NET awaits <see cref="IDataLoaderResult"/>s only after the level's other resolvers ran.
/// One instance per request (it caches what it fetched).
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new PendingResult(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            TKey[] batch;
            lock (_gate)
            {
                if (_loaded.TryGetValue(key, out var value))
                {
                    return value;
                }

                batch = [.. _pending];
                _pending.Clear();
            }

            var fetched = await fetch(batch, cancellationToken);
            lock (_gate)
            {
                foreach (var batchKey in batch)
                {
                    _loaded[batchKey] = fetched.TryGetValue(batchKey, out var value) ? value : missing;
                }
            }
        }
    }

    private sealed class PendingResult(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}

/// <summary>Transforms a pending result without awaiting it, so the batch stays intact.</summary>
public static class DataLoaderResultExtensions
{
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> transform) =>
        new MappedResult<T, TResult>(result, transform);

    private sealed class MappedResult<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> transform)
        : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            transform(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
