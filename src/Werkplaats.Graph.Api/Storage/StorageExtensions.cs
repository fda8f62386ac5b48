using Werkplaats.Graph.Core.Seed;
using Werkplaats.Graph.Storage.Sqlite;

namespace Werkplaats.Graph.Api.Storage;

/// <summary>The composition root's choice of storage adapter, and seeding on first start.</summary>
public static class StorageExtensions
{
    public static WebApplicationBuilder AddGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateOnStart();
        var store = builder.Configuration[$"{GraphOptions.Section}:{nameof(GraphOptions.Store)}"] ?? "Sqlite";
        if (!string.Equals(store, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Graph:Store '{store}' is not known; use 'Sqlite'.");
        }

        var connectionString = builder.Configuration.GetConnectionString("Graph")
            ?? throw new InvalidOperationException("ConnectionStrings:Graph is not set.");
        builder.Services.AddSqliteGraphStore(connectionString);
        builder.Services.AddSingleton<GraphSeeder>();
        builder.Services.AddSingleton<GraphStoreInitializer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<GraphStoreInitializer>());
        return builder;
    }
}
