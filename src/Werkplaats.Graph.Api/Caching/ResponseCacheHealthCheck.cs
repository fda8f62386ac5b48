using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Werkplaats.Graph.Api.Caching;

/// <summary>
/// Readiness of the response cache: Healthy in memory alone (no Redis configured) or with Redis answering; Degraded,
/// with the reason, while a configured Redis is down: the API still answers everything, from the store and memory.
/// </summary>
public sealed class ResponseCacheHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(services.GetService<RedisConnection>() switch
        {
            null => HealthCheckResult.Healthy("Responses are cached in this instance's memory (no Redis configured)."),
            { IsConnected: true } redis => HealthCheckResult.Healthy($"Responses are shared through Redis at {redis.Endpoint}."),
            var redis => HealthCheckResult.Degraded(
                $"Redis at {redis.Endpoint} is down ({redis.Problem}): responses are answered from the store and cached in this instance's memory only."),
        });
}
