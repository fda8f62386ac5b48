using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Tests;

/// <summary>A real SQLite file in a fresh temp folder; <see cref="DeleteAsync"/> removes it with everything in it.</summary>
public sealed class SqliteStoreFolder
{
    private readonly List<ServiceProvider> _providers = [];

    public SqliteStoreFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "werkplaats-graph-tests", Guid.NewGuid().ToString("N"));
        ConnectionString = $"Data Source={Path.Combine(Folder, "data", "graph.db")}";
    }

    public string Folder { get; }

    public string ConnectionString { get; }

    /// <summary>A store on the file, built the way the API builds it (plus <paramref name="configure"/>), and initialized.</summary>
    public async Task<IGraphStore> OpenStoreAsync(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection().AddSqliteGraphStore(ConnectionString);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        var store = provider.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    /// <summary>Drops the stores and the pooled connections to the file, so a reopened store starts cold.</summary>
    public async Task CloseStoresAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        _providers.Clear();
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public async Task DeleteAsync()
    {
        await CloseStoresAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
