using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Contract;

namespace Werkplaats.Graph.Storage.Sqlite.Tests;

/// <summary>The storage contract on a real SQLite file, a fresh one per test.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract
{
    private readonly SqliteStoreFolder _folder = new();

    public override Task DisposeAsync() => _folder.DeleteAsync();

    protected override Task<IGraphStore> CreateEmptyStoreAsync() => _folder.OpenStoreAsync();
}
