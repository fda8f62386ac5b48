using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>Registers the embedded SQLite adapter of the storage port.</summary>
public static class SqliteGraphStoreExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="IGraphStore"/> and, on the same instance, <see cref="IGraphWriter"/> and <see cref="IGraphTransfer"/>, on the
    /// SQLite file of <paramref name="connectionString"/> (e.g. <c>Data Source=data/werkplaats-graph.db</c>, relative to
    /// the working directory).
    /// </summary>
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContextFactory<GraphDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(new ReadTuning()), ServiceLifetime.Singleton);
        return services
            .AddSingleton(provider =>
                new SqliteGraphStore(provider.GetRequiredService<IDbContextFactory<GraphDbContext>>(), connectionString))
            .AddSingleton<IGraphStore>(provider => provider.GetRequiredService<SqliteGraphStore>())
            .AddSingleton<IGraphWriter>(provider => provider.GetRequiredService<SqliteGraphStore>())
            .AddSingleton<IGraphTransfer>(provider => provider.GetRequiredService<SqliteGraphStore>());
    }
}
