using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;

namespace Werkplaats.Graph.Api.Caching;

/// <summary>
/// Redis as HybridCache's second level, skipped while <see cref="RedisConnection"/> is down: a read is a miss and a
/// write is dropped at once, instead of each request waiting for Redis to time out. A failure of a single call counts
/// as a miss too (HybridCache would survive it, but this way the request never fails for the cache's sake).
/// </summary>
public sealed partial class GuardedRedisCache(RedisCache redis, RedisConnection connection, ILogger<GuardedRedisCache> logger)
    : IDistributedCache
{
    public byte[]? Get(string key) => Guard(() => redis.Get(key));

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => GuardAsync(() => redis.GetAsync(key, token));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Guard(() =>
    {
        redis.Set(key, value, options);
        return true;
    });

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        GuardAsync(async () =>
        {
            await redis.SetAsync(key, value, options, token);
            return true;
        });

    // Entries are never refreshed or removed one by one: keys carry the data version and simply expire.
    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key)
    {
    }

    public Task RemoveAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    private T? Guard<T>(Func<T> call)
    {
        if (!connection.IsConnected)
        {
            return default;
        }

        try
        {
            return call();
        }
        catch (Exception problem) when (problem is StackExchange.Redis.RedisException or TimeoutException or ObjectDisposedException)
        {
            LogCallFailed(connection.Endpoint, problem.GetType().Name);
            return default;
        }
    }

    private async Task<T?> GuardAsync<T>(Func<Task<T>> call)
    {
        if (!connection.IsConnected)
        {
            return default;
        }

        try
        {
            return await call();
        }
        catch (Exception problem) when (problem is StackExchange.Redis.RedisException or TimeoutException or ObjectDisposedException)
        {
            LogCallFailed(connection.Endpoint, problem.GetType().Name);
            return default;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A call to Redis at {Endpoint} failed ({Problem}); it counts as a cache miss")]
    private partial void LogCallFailed(string endpoint, string problem);
}
