using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Contract;
using Werkplaats.Graph.Storage.Neo4j.Cypher;
using Werkplaats.Graph.Storage.Neo4j.Http;

namespace Werkplaats.Graph.Storage.Neo4j.Tests;

/// <summary>
/// The storage contract on a real Neo4j server (<see cref="Neo4jServer"/>), emptied before each test; reported as
/// skipped, "Neo4j:Uri not configured", where there is none (no Neo4j server can run on the build machine).
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    private ServiceProvider? _provider;

    public override async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        _provider = new ServiceCollection().AddNeo4jGraphStore(Neo4jServer.Configure).BuildServiceProvider();
        var store = _provider.GetRequiredService<IGraphStore>();
        // Test-only: the contract starts from an empty database, then bootstraps it (which makes its data version).
        await _provider.GetRequiredService<QueryApiClient>().RunAsync(
            new CypherStatement("test.empty", "MATCH (n) DETACH DELETE n", new Dictionary<string, object?>()), AccessMode.Write, None);
        await store.InitializeAsync(None);
        return store;
    }
}
