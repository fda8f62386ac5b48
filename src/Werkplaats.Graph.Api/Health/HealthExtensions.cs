using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Werkplaats.Graph.Api.Health;

/// <summary>Liveness at /healthz and readiness (store reachable and seeded; Degraded while Redis is down) at /readyz.</summary>
public static class HealthExtensions
{
    private const string ReadinessTag = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<GraphStoreHealthCheck>("graphStore", tags: [ReadinessTag])
            .AddCheck<ResponseCacheHealthCheck>("responseCache", tags: [ReadinessTag]);
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        // Liveness runs no checks: the process answering is the whole question.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadinessTag),
            ResponseWriter = HealthResponse.WriteAsync,
        });
        return app;
    }
}
