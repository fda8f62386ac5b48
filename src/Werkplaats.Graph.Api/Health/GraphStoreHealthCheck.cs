using Microsoft.Extensions.Diagnostics.HealthChecks;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Health;

/// <summary>Readiness: the store can be reached and holds a seeded graph.</summary>
public sealed class GraphStoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        StoreStatus status;
        try
        {
            status = await store.GetStatusAsync(cancellationToken);
        }
        catch (GraphStoreException problem)
        {
            // The port guarantees its messages carry no database details, so they may be shown.
            return HealthCheckResult.Unhealthy($"The graph store cannot be reached: {problem.Message}");
        }

        return status switch
        {
            { Reachable: false } => HealthCheckResult.Unhealthy(status.Problem ?? "The graph store cannot be reached."),
            { Seeded: false } => HealthCheckResult.Unhealthy(status.Problem ?? "The graph store holds no graph yet; run the seed command."),
            _ => HealthCheckResult.Healthy($"The graph store holds {status.NodeCount} nodes."),
        };
    }
}
