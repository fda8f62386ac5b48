using Microsoft.Extensions.Options;
using Werkplaats.Graph.Core.Seed;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Storage;

/// <summary>Before the API serves: create the store's schema, and import graph-seed into an empty store.</summary>
public sealed partial class GraphStoreInitializer(
    IGraphStore store,
    GraphSeeder seeder,
    IOptions<GraphOptions> options,
    ILogger<GraphStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitializeAndSeedAsync(cancellationToken);
        }
        catch (GraphStoreException problem)
        {
            // Serve anyway: /readyz reports the store as not ready, so an orchestrator holds traffic back until it is.
            LogStoreUnavailable(problem);
        }
    }

    /// <summary>What the API does on start; commands that read the graph do it first too, so they work on a fresh install.</summary>
    public async Task InitializeAndSeedAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        if (!options.Value.SeedOnStart || (await store.GetStatusAsync(cancellationToken)).Seeded)
        {
            return;
        }

        var directory = SeedDirectory.Resolve(options.Value.SeedDirectory);
        var result = await seeder.SeedAsync(directory, cancellationToken);
        LogSeeded(directory, result.NodesCreated, result.RelationshipsCreated);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported graph-seed from {Directory}: {Nodes} nodes, {Relationships} relationships")]
    private partial void LogSeeded(string directory, int nodes, int relationships);

    [LoggerMessage(Level = LogLevel.Error, Message = "The graph store is unavailable; the API serves, but is not ready")]
    private partial void LogStoreUnavailable(Exception problem);
}
