using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>Registers the embedded SQLite adapter of the storage port.</summary>
public static class SqliteGraphStoreExtensions
{
    public static IServiceCollection AddSqliteGraphStore(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddSingleton<IGraphStore>(_ =>
            throw new NotImplementedException("The SQLite adapter comes with the storage issue work."));
    }
}
