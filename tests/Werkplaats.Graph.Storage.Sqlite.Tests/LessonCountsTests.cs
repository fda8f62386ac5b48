using Microsoft.Data.Sqlite;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Contract;
using Werkplaats.Graph.Storage.Sqlite.Sql;
using Werkplaats.Graph.Testing;

namespace Werkplaats.Graph.Storage.Sqlite.Tests;

/// <summary>
/// The maintained lesson counts (<see cref="LessonCounts"/>): equal to a LINQ count on graph-seed and on a generated
/// graph through both import paths, equal to a recount from scratch after writes, used by the reads, added to a file
/// made before they existed, and never trusted while a lesson is pending.
/// </summary>
public sealed class LessonCountsTests(BulkImportFixture generated) : IClassFixture<BulkImportFixture>, IAsyncLifetime
{
    private static readonly NodeFilter _cohesion =
        new NodeFilter.Related([LessonCountModel.Conditions], [EnumNames.ToConstant(ConditionKey.SocialCohesion)]);

    private readonly SqliteStoreFolder _folder = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _folder.DeleteAsync();

    [Fact]
    public async Task Counts_OnAGeneratedGraph_ThroughBulkAndUpsertImport_EqualTheGraph()
    {
        var model = new LessonCountModel(generated.Graph);
        var issues = model.KeysOf(LessonCountModel.Issues);
        Visibility[] visibilities = [Visibility.Public, Visibility.Everything, new(false, [issues[0], issues[3]])];
        Assert.Contains(model.Lessons, l => l.Status == PublicationStatus.Draft);

        foreach (var visibility in visibilities)
        {
            await model.AssertStoreCountsAsync(generated.Bulk, visibility, "bulk import");
            await model.AssertStoreCountsAsync(generated.Upsert, visibility, "upsert import");
        }

        Assert.Equal(await RecountAsync(generated.UpsertFolder), await CellsAsync(generated.UpsertFolder));
    }

    [Fact]
    public async Task Counts_OnGraphSeed_EqualTheGraph()
    {
        var seed = SeedGraph.Snapshot;
        var store = await _folder.OpenStoreAsync();
        await store.ImportAsync(seed, CancellationToken.None);
        var model = new LessonCountModel(seed);

        foreach (var visibility in new[] { Visibility.Public, Visibility.Everything, new(false, [model.KeysOf(LessonCountModel.Issues)[0]]) })
        {
            await model.AssertStoreCountsAsync(store, visibility, "graph-seed");
        }
    }

    [Fact]
    public async Task Cells_AfterEveryWrite_EqualARecountFromScratch()
    {
        var store = await _folder.OpenStoreAsync();
        await store.ImportAsync(ContractGraph.Snapshot, CancellationToken.None);

        foreach (var (step, change) in GraphStoreContract.CountedWrites())
        {
            await ((IGraphWriter)store).ApplyAsync(change, CancellationToken.None);
            var recount = await RecountAsync(_folder);
            Assert.True(recount.SequenceEqual(await CellsAsync(_folder)), $"after: {step}");
        }
    }

    /// <summary>A file made by the version before the counts: no count tables, no triggers. Opening it adds and fills them, once.</summary>
    [Fact]
    public async Task Initialize_FileWithoutCounts_CreatesAndFillsThem_AndOpeningAgainChangesNothing()
    {
        var store = await _folder.OpenStoreAsync();
        await store.ImportAsync(ContractGraph.Snapshot, CancellationToken.None);
        await ((IGraphWriter)store).ApplyAsync(GraphStoreContract.CountedWrites().First().Change, CancellationToken.None);
        var before = await CellsAsync(_folder);
        await _folder.CloseStoresAsync();
        await ExecuteAsync(
            _folder,
            string.Concat(LessonCounts.Triggers().Select(t => $"DROP TRIGGER {t.Name}; ")) +
            $"DROP TABLE {LessonCounts.Table}; DROP TABLE {LessonCounts.BucketIssuesTable}; DROP TABLE {LessonCounts.PendingTable}");

        await _folder.OpenStoreAsync();
        var upgraded = await CellsAsync(_folder);
        await _folder.CloseStoresAsync();
        var reopened = await _folder.OpenStoreAsync();

        Assert.NotEmpty(before);
        Assert.Equal(before, upgraded);
        Assert.Equal(before, await CellsAsync(_folder));
        Assert.Equal(
            (long)LessonCounts.Triggers().Count,
            await ScalarAsync(_folder, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'LessonCounts%'"));
        var model = new LessonCountModel(ContractGraph.Snapshot);
        model.Apply(GraphStoreContract.CountedWrites().First().Change);
        await model.AssertStoreCountsAsync(reopened, new Visibility(false, [ContractGraph.Poverty]), "upgraded");
    }

    /// <summary>A changed definition (here: a trigger that differs from the code's) makes the next start recount.</summary>
    [Fact]
    public async Task Initialize_CountTriggersThatDifferFromTheCode_RecountsAndReplacesThem()
    {
        var store = await _folder.OpenStoreAsync();
        await store.ImportAsync(ContractGraph.Snapshot, CancellationToken.None);
        var before = await CellsAsync(_folder);
        await _folder.CloseStoresAsync();
        var (name, _) = LessonCounts.Triggers()[0];
        await ExecuteAsync(
            _folder,
            $"DROP TRIGGER {name}; CREATE TRIGGER {name} AFTER DELETE ON Relationships BEGIN SELECT 1; END; " +
            $"UPDATE {LessonCounts.Table} SET Count = Count + 5");

        await _folder.OpenStoreAsync();

        Assert.Equal(before, await CellsAsync(_folder));
        Assert.Equal(
            LessonCounts.Triggers()[0].Sql,
            await ScalarAsync(_folder, $"SELECT sql FROM sqlite_master WHERE name = '{name}'"));
    }

    /// <summary>The total of a tag filter is read from its cell: a cell changed behind the store's back shows.</summary>
    [Fact]
    public async Task FindNodes_TotalOfATagFilter_IsReadFromItsCell()
    {
        var store = await _folder.OpenStoreAsync();
        await store.ImportAsync(ContractGraph.Snapshot, CancellationToken.None);
        var query = new NodeQuery(NodeKind.Lesson, _cohesion, NodeOrder.Natural, 1, null, Visibility.Public);
        var counted = (await store.FindNodesAsync(query, CancellationToken.None)).TotalCount;

        await ExecuteAsync(_folder, $"UPDATE {LessonCounts.Table} SET Count = Count + 1000 WHERE Bucket = ''");

        Assert.Equal(counted + 1000, (await store.FindNodesAsync(query, CancellationToken.None)).TotalCount);
    }

    /// <summary>
    /// An ignored insert fires its BEFORE trigger only, which leaves the lesson pending: reads count over the rows until
    /// the next write settles it, and nothing is ever counted wrong.
    /// </summary>
    [Fact]
    public async Task Counts_WhileALessonIsPending_AreCountedOverTheRows_AndTheNextWriteSettlesIt()
    {
        var store = await _folder.OpenStoreAsync();
        await store.ImportAsync(ContractGraph.Snapshot, CancellationToken.None);
        var model = new LessonCountModel(ContractGraph.Snapshot);

        await ExecuteAsync(
            _folder,
            "INSERT OR IGNORE INTO Relationships (FromId, Type, ToId) SELECT FromId, Type, ToId FROM Relationships " +
            $"WHERE Type = {(int)RelationshipType.Touches} LIMIT 1");

        Assert.Equal(1L, await ScalarAsync(_folder, $"SELECT COUNT(*) FROM {LessonCounts.PendingTable}"));
        await model.AssertStoreCountsAsync(store, Visibility.Public, "pending");
        var change = GraphStoreContract.CountedWrites().First().Change;
        await ((IGraphWriter)store).ApplyAsync(change, CancellationToken.None);
        model.Apply(change);
        Assert.Equal(0L, await ScalarAsync(_folder, $"SELECT COUNT(*) FROM {LessonCounts.PendingTable}"));
        Assert.Equal(await RecountAsync(_folder), await CellsAsync(_folder));
        await model.AssertStoreCountsAsync(store, Visibility.Everything, "settled");
    }

    /// <summary>The non-empty cells by their tags' keys (ids differ between import paths), sorted.</summary>
    private static async Task<List<string>> CellsAsync(SqliteStoreFolder folder)
    {
        using var connection = new SqliteConnection(folder.ConnectionString);
        await connection.OpenAsync();
        return await ReadCellsAsync(connection, null);
    }

    /// <summary>What a recount from scratch puts in the cells; rolled back, so the file keeps its maintained cells.</summary>
    private static async Task<List<string>> RecountAsync(SqliteStoreFolder folder)
    {
        using var connection = new SqliteConnection(folder.ConnectionString);
        await connection.OpenAsync();
        using var transaction = connection.BeginTransaction();
        foreach (var statement in LessonCounts.Rebuild())
        {
            await statement.ExecuteAsync(transaction, CancellationToken.None);
        }

        var cells = await ReadCellsAsync(connection, transaction);
        transaction.Rollback();
        return cells;
    }

    private static async Task<List<string>> ReadCellsAsync(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"SELECT c.Bucket, c.FirstType, ifnull(f.Key, ''), c.SecondType, ifnull(s.Key, ''), c.Count FROM {LessonCounts.Table} c " +
            "LEFT JOIN Nodes f ON f.Id = c.FirstId LEFT JOIN Nodes s ON s.Id = c.SecondId WHERE c.Count <> 0 " +
            $"UNION ALL SELECT 'bucket of issue ' || n.Key, 0, b.Bucket, 0, '', 0 FROM {LessonCounts.BucketIssuesTable} b JOIN Nodes n ON n.Id = b.IssueId " +
            // Buckets no lesson is in any more stay behind, harmlessly: only the ones in use must match.
            $"WHERE EXISTS (SELECT 1 FROM {LessonCounts.Table} c WHERE c.Bucket = b.Bucket AND c.Count <> 0)";
        using var reader = await command.ExecuteReaderAsync();
        var cells = new List<string>();
        while (await reader.ReadAsync())
        {
            cells.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        }

        return [.. cells.Order(StringComparer.Ordinal)];
    }

    private static async Task ExecuteAsync(SqliteStoreFolder folder, string sql)
    {
        using var connection = new SqliteConnection(folder.ConnectionString);
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteStoreFolder folder, string sql)
    {
        using var connection = new SqliteConnection(folder.ConnectionString);
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
