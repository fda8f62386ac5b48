using Werkplaats.Graph.Core.Seed;
using Werkplaats.Graph.Storage.Neo4j;
using Werkplaats.Graph.Storage.Sqlite;

namespace Werkplaats.Graph.Api.Storage;

/// <summary>The composition root's choice of storage adapter, and seeding on first start.</summary>
public static class StorageExtensions
{
    public static WebApplicationBuilder AddGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateOnStart();
        var store = builder.Configuration[$"{GraphOptions.Section}:{nameof(GraphOptions.Store)}"] ?? "Sqlite";
        if (string.Equals(store, "Neo4j", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddNeo4jGraphStore(options => builder.Configuration.GetSection(Neo4jOptions.Section).Bind(options));
        }
        else if (string.Equals(store, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = builder.Configuration.GetConnectionString("Graph")
                ?? throw new InvalidOperationException("ConnectionStrings:Graph is not set.");
            builder.Services.AddSqliteGraphStore(connectionString);
        }
        else
        {
            throw new InvalidOperationException($"Graph:Store '{store}' is not known; use 'Sqlite' or 'Neo4j'.");
        }

        builder.Services.AddSingleton<GraphSeeder>();
        builder.Services.AddSingleton<GraphStoreInitializer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<GraphStoreInitializer>());
        return builder;
    }
}
