using Microsoft.EntityFrameworkCore;
using Werkplaats.Graph.Core.Generation;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;

namespace Werkplaats.Graph.Storage.Sqlite.Tests;

/// <summary>
/// One generated snapshot imported twice, once per path: through the store into an empty file (the bulk path), and
/// through <see cref="ImportWriter"/> directly (the upsert path) into another.
/// </summary>
public sealed class BulkImportFixture : IAsyncLifetime
{
    public GraphSnapshot Graph { get; } = GraphGenerator.Generate(2000, seed: 7);

    public SqliteStoreFolder BulkFolder { get; } = new();

    public SqliteStoreFolder UpsertFolder { get; } = new();

    public IGraphStore Bulk { get; private set; } = null!;

    public IGraphStore Upsert { get; private set; } = null!;

    public ImportResult BulkResult { get; private set; } = null!;

    public ImportResult UpsertResult { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bulk = await BulkFolder.OpenStoreAsync();
        BulkResult = await Bulk.ImportAsync(Graph, CancellationToken.None);
        Upsert = await UpsertFolder.OpenStoreAsync();
        UpsertResult = await UpsertAsync(UpsertFolder, Graph);
    }

    public async Task DisposeAsync()
    {
        await BulkFolder.DeleteAsync();
        await UpsertFolder.DeleteAsync();
    }

    /// <summary>Imports through the upsert path, whatever the store holds.</summary>
    public static async Task<ImportResult> UpsertAsync(SqliteStoreFolder folder, GraphSnapshot snapshot)
    {
        var options = new DbContextOptionsBuilder<GraphDbContext>().UseSqlite(folder.ConnectionString).Options;
        await using var context = new GraphDbContext(options);
        return await new ImportWriter(context).WriteAsync(snapshot, CancellationToken.None);
    }
}
