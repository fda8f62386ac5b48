using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Contract;
using Werkplaats.Graph.Storage.Sqlite.Schema;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite.Tests;

/// <summary>What only the SQLite adapter promises: a file that outlives the process, index-served queries, threads.</summary>
public sealed partial class SqliteGraphStoreTests : IAsyncLifetime
{
    private static readonly Visibility _povertyArena = new(false, [ContractGraph.Poverty]);

    private static readonly NodeFilter _cohesionAtNeighbourhood = new NodeFilter.AllOf(
    [
        new NodeFilter.Related([new(RelationshipType.Touches, Direction.Outgoing, NodeKind.Condition)], ["SOCIAL_COHESION"]),
        new NodeFilter.Related([new(RelationshipType.AtLevel, Direction.Outgoing, NodeKind.Level)], ["NEIGHBOURHOOD", "GROUP"]),
    ]);

    private readonly SqliteStoreFolder _folder = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _folder.DeleteAsync();

    [Fact]
    public async Task DataVersion_SurvivesAReopen_AndAnotherFileIsAnotherStore()
    {
        var store = await _folder.OpenStoreAsync();
        await store.ImportAsync(ContractGraph.Snapshot, CancellationToken.None);
        var written = await store.GetDataVersionAsync(CancellationToken.None);
        await _folder.CloseStoresAsync();
        var other = new SqliteStoreFolder();

        var reopened = await (await _folder.OpenStoreAsync()).GetDataVersionAsync(CancellationToken.None);
        var otherFile = await (await other.OpenStoreAsync()).GetDataVersionAsync(CancellationToken.None);
        await other.DeleteAsync();

        Assert.Equal(written, reopened);
        Assert.NotEqual(written.Store, otherFile.Store);
    }

    [Fact]
    public async Task DataVersion_SeesAWriteOfAnotherStoreOnTheSameFile_AndStaysPutWithout()
    {
        var reader = await _folder.OpenStoreAsync();
        await reader.ImportAsync(ContractGraph.Snapshot, CancellationToken.None);
        var before = await reader.GetDataVersionAsync(CancellationToken.None);
        var unchanged = await reader.GetDataVersionAsync(CancellationToken.None);
        var writer = (IGraphWriter)await _folder.OpenStoreAsync();
        var lesson = (Lesson)Assert.Single(await reader.GetNodesAsync([ContractGraph.Lesson("keukentafel")], Visibility.Everything, CancellationToken.None));

        await writer.ApplyAsync(
            new GraphChange(new ChangeAuthor("han", "Anna de Vries"), DateTimeOffset.UnixEpoch, lesson.Key, null) { Updated = [lesson with { Title = "Elders geschreven" }] },
            CancellationToken.None);
        var after = await reader.GetDataVersionAsync(CancellationToken.None);

        Assert.Equal(before, unchanged);
        Assert.True(after.Number > before.Number, $"{after} should be past {before}");
        Assert.Equal(after, await reader.GetDataVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task DataVersion_IsReadFromItsTableOnlyAfterACommit()
    {
        var store = (SqliteGraphStore)await _folder.OpenStoreAsync();
        await store.ImportAsync(ContractGraph.Snapshot, CancellationToken.None);
        // The first read opens the wal-index; the second is the first to be read under its header.
        await store.GetDataVersionAsync(CancellationToken.None);
        await store.GetDataVersionAsync(CancellationToken.None);
        var tableReads = store.DataVersionTableReads;

        var unchanged = new List<DataVersion>();
        for (var read = 0; read < 20; read++)
        {
            unchanged.Add(await store.GetDataVersionAsync(CancellationToken.None));
        }

        var readsWhileUnchanged = store.DataVersionTableReads - tableReads;
        var lesson = (Lesson)Assert.Single(await store.GetNodesAsync([ContractGraph.Lesson("keukentafel")], Visibility.Everything, CancellationToken.None));
        await store.ApplyAsync(
            new GraphChange(new ChangeAuthor("han", "Anna de Vries"), DateTimeOffset.UnixEpoch, lesson.Key, null) { Updated = [lesson with { Title = "Weer anders" }] },
            CancellationToken.None);
        var afterCommit = store.DataVersionTableReads;
        var changed = await store.GetDataVersionAsync(CancellationToken.None);

        Assert.Single(unchanged.Distinct());
        Assert.Equal(0, readsWhileUnchanged);
        Assert.True(store.DataVersionTableReads > afterCommit, "the version after a commit must be read from the table");
        Assert.True(changed.Number > unchanged[0].Number, $"{changed} should be past {unchanged[0]}");
    }

    [Fact]
    public async Task StoreConnections_ReadTheFileThroughMemoryMapping()
    {
        var probe = new MemoryMapProbe();
        var store = await _folder.OpenStoreAsync(services => services.ConfigureDbContext<GraphDbContext>(options => options.AddInterceptors(probe)));

        await store.GetNodesAsync([ContractGraph.Lesson("keukentafel")], Visibility.Everything, CancellationToken.None);

        Assert.NotEmpty(probe.Sizes);
        Assert.All(probe.Sizes, size => Assert.True(size > 0, $"mmap_size is {size}"));
    }

    /// <summary>Asks each opened store connection how much of the file it may map into memory.</summary>
    private sealed class MemoryMapProbe : DbConnectionInterceptor
    {
        public ConcurrentQueue<long> Sizes { get; } = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA mmap_size";
            Sizes.Enqueue((long)command.ExecuteScalar()!);
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA mmap_size";
            Sizes.Enqueue((long)(await command.ExecuteScalarAsync(cancellationToken))!);
        }
    }

    [Fact]
    public async Task Reopen_AfterDisposingTheStore_KeepsTheData()
    {
        var store = await _folder.OpenStoreAsync();
        await store.ImportAsync(ContractGraph.Snapshot, CancellationToken.None);
        await _folder.CloseStoresAsync();

        var reopened = await _folder.OpenStoreAsync();

        var nodes = await reopened.GetNodesAsync([.. ContractGraph.Nodes.Select(n => n.Ref)], Visibility.Everything, CancellationToken.None);
        Assert.Equal(ContractGraph.Nodes, nodes);
        Assert.True((await reopened.ImportAsync(ContractGraph.Snapshot, CancellationToken.None)).ChangedNothing);
    }

    [Fact]
    public async Task Initialize_MissingFolder_CreatesTheFileInWalMode()
    {
        await _folder.OpenStoreAsync();

        using var connection = new SqliteConnection(_folder.ConnectionString);
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Explain_LessonsByConditionAndLevelNewestFirst_UseIndexesAndScanNoTable()
    {
        await ImportAsync();
        var filter = _cohesionAtNeighbourhood;
        var query = new NodeQuery(NodeKind.Lesson, filter, NodeOrder.NewestFirst, 20, new SortPosition("2024-01-01", "x"), _povertyArena);

        await AssertNoTableScanAsync(NodeQuerySql.FindPage(query, RelatedForms.Collected));
        await AssertNoTableScanAsync(NodeQuerySql.FindPage(query, new RelatedForms(RelatedForms.Candidates(filter))));
        await AssertNoTableScanAsync(NodeCountSql.Count(query, null));
        foreach (var driver in RelatedForms.Candidates(filter))
        {
            await AssertNoTableScanAsync(NodeCountSql.Count(query, driver));
        }
    }

    /// <summary>Probed filters let SQLite walk the order's index and stop after the page: no sort of all matches.</summary>
    [Theory]
    [InlineData(NodeOrder.NewestFirst, "IX_Nodes_Kind_SortDate_Key")]
    [InlineData(NodeOrder.OldestFirst, "IX_Nodes_Kind_SortDate_Key")]
    [InlineData(NodeOrder.Name, "IX_Nodes_Kind_NameSort_Key")]
    [InlineData(NodeOrder.Key, "IX_Nodes_Kind_Key")]
    public async Task Explain_PageOfProbedFilters_WalksTheOrderIndexWithoutSorting(NodeOrder order, string index)
    {
        await ImportAsync();
        var query = new NodeQuery(NodeKind.Lesson, _cohesionAtNeighbourhood, order, 20, null, _povertyArena);

        var plan = await AssertNoTableScanAsync(NodeQuerySql.FindPage(query, new RelatedForms(RelatedForms.Candidates(query.Filter))));

        Assert.StartsWith($"SEARCH n USING INDEX {index} (Kind=?)", plan[0], StringComparison.Ordinal);
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    /// <summary>Whichever form each filter takes, the pages are the same (the contract suite checks the store's choice).</summary>
    [Theory]
    [InlineData(NodeOrder.NewestFirst)]
    [InlineData(NodeOrder.Name)]
    public async Task FindPage_ProbedOrCollected_GivesTheSameRows(NodeOrder order)
    {
        await ImportAsync();
        var selective = new NodeFilter.Related([new(RelationshipType.LearnedIn, Direction.Outgoing, NodeKind.Practice)], ["buurtkamer-hatert"]);
        var filter = new NodeFilter.AllOf([_cohesionAtNeighbourhood, new NodeFilter.Negation(selective)]);
        var candidates = RelatedForms.Candidates(filter);
        var query = new NodeQuery(NodeKind.Lesson, filter, order, 3, null, Visibility.Public);

        var collected = await ReadKeysAsync(NodeQuerySql.FindPage(query, RelatedForms.Collected));

        Assert.NotEmpty(collected);
        Assert.Equal(collected, await ReadKeysAsync(NodeQuerySql.FindPage(query, new RelatedForms(candidates))));
        Assert.Equal(collected, await ReadKeysAsync(NodeQuerySql.FindPage(query, new RelatedForms(candidates.Take(1)))));
    }

    /// <summary>Lessons touching a condition, all of them visible: the relationship index alone answers the count.</summary>
    [Fact]
    public async Task Explain_CountOfARelatedFilterTheRelationshipsAnswer_ReadsNoNodeRow()
    {
        await ImportAsync();
        var touches = new NodeFilter.Related([new(RelationshipType.Touches, Direction.Outgoing, NodeKind.Condition)], ["SOCIAL_COHESION"]);
        var query = new NodeQuery(NodeKind.Lesson, touches, NodeOrder.NewestFirst, 20, null, Visibility.Everything);

        var plan = await AssertNoTableScanAsync(NodeCountSql.Count(query, touches));

        Assert.DoesNotContain(plan, step => step.StartsWith("SEARCH n ", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("COVERING INDEX IX_Relationships_ToId_Type_FromId", StringComparison.Ordinal));
    }

    [Fact]
    public void CountDriver_IsTheOneWayConjunctWithTheFewestRelationships()
    {
        var touches = new NodeFilter.Related([new(RelationshipType.Touches, Direction.Outgoing, NodeKind.Condition)], ["SOCIAL_COHESION"]);
        var atLevel = new NodeFilter.Related([new(RelationshipType.AtLevel, Direction.Outgoing, NodeKind.Level)], ["GROUP"]);
        var related = new NodeFilter.Related([new(RelationshipType.RelatesTo, Direction.Both, NodeKind.Lesson)], ["keukentafel"]);
        var inDomain = new NodeFilter.Related([new(RelationshipType.InDomain, Direction.Outgoing, NodeKind.Domain)], ["CARE"]);
        var filter = new NodeFilter.AllOf([touches, new NodeFilter.AllOf([atLevel, related]), new NodeFilter.Negation(inDomain)]);

        var estimate = new FilterEstimate(RelatedForms.Candidates(filter), 10_000, [FilterEstimate.Cap, 40, 1, 2]);

        // RELATES_TO goes both ways and the domain filter sits under a negation: neither can start a count.
        Assert.Same(atLevel, estimate.CountDriver(filter));
        Assert.Null(estimate.CountDriver(new NodeFilter.AnyOf([touches, atLevel])));
    }

    [Fact]
    public void FormsFor_ProbesFiltersWhoseSquaredFanInReachesPageTimesNodes()
    {
        var filters = RelatedForms.Candidates(new NodeFilter.AllOf(
        [
            _cohesionAtNeighbourhood,
            new NodeFilter.Related([new(RelationshipType.LearnedIn, Direction.Outgoing, NodeKind.Practice)], ["buurtkamer-hatert"]),
        ]));

        // 21 rows x 10,000 nodes: coarse from 459 relationships (459² ≥ 210,000 > 458²); the cap counts as coarse.
        var forms = new FilterEstimate(filters, 10_000, [459, 458, FilterEstimate.Cap]).FormsFor(20);

        Assert.Equal([true, false, true], filters.Select(forms.IsProbed));
    }

    [Fact]
    public async Task Explain_NodeLookupsAndLinks_UseIndexesAndScanNoTable()
    {
        await ImportAsync();
        NodeRef[] refs = [ContractGraph.Lesson("keukentafel"), ContractGraph.Practice("wandelgroep"), ContractGraph.Lesson("schaamte")];

        await AssertNoTableScanAsync(NodeQuerySql.GetNodes(refs, _povertyArena).Single());
        foreach (var direction in Enum.GetValues<Direction>())
        {
            var hop = new Hop(RelationshipType.RelatesTo, direction, NodeKind.Lesson);
            foreach (var statement in NodeQuerySql.GetLinks(refs, hop, _povertyArena))
            {
                await AssertNoTableScanAsync(statement);
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(RelationshipType.DerivedFrom)]
    public async Task Explain_Relationships_UseBothRelationshipIndexesAndScanNoTable(RelationshipType? type)
    {
        await ImportAsync();
        NodeRef[] refs = [ContractGraph.Lesson("keukentafel"), ContractGraph.Issue(ContractGraph.Poverty), ContractGraph.Lesson("schaamte")];
        RelationshipType[]? types = type is { } only ? [only] : null;

        var statement = RelationshipQuerySql.GetRelationships(refs, types, _povertyArena).Single();

        var plan = await AssertNoTableScanAsync(statement);
        // The outgoing side walks the key (FromId, Type, ToId), the incoming side the index (ToId, Type, FromId).
        Assert.Contains(plan, step => step.StartsWith("SEARCH r USING", StringComparison.Ordinal) && step.EndsWith("(FromId=? AND Type=?)", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.StartsWith("SEARCH r USING INDEX IX_Relationships_ToId_Type_FromId (ToId=? AND Type=?)", StringComparison.Ordinal));
    }

    /// <summary>
    /// The matrix query starts from the lessons and reaches relationships and targets by index only. Without a filter
    /// it walks the lesson entries of the (Kind, ...) index: a SEARCH on Kind, every lesson once, never the table.
    /// </summary>
    [Theory]
    [InlineData(Direction.Outgoing)]
    [InlineData(Direction.Incoming)]
    [InlineData(Direction.Both)]
    public async Task Explain_PairCounts_UseIndexesAndScanNoTable(Direction direction)
    {
        await ImportAsync();
        var touches = new Hop(RelationshipType.Touches, direction, NodeKind.Condition);
        var atLevel = new Hop(RelationshipType.AtLevel, Direction.Outgoing, NodeKind.Level);
        var ofPoverty = new NodeFilter.Related([new(RelationshipType.About, Direction.Outgoing, NodeKind.Issue)], [ContractGraph.Poverty]);

        await AssertNoTableScanAsync(NodeQuerySql.CountPairs(NodeKind.Lesson, NodeFilter.Everything, touches, atLevel, Visibility.Public));
        await AssertNoTableScanAsync(NodeQuerySql.CountPairs(NodeKind.Lesson, ofPoverty, touches, atLevel, _povertyArena));
    }

    [Fact]
    public async Task Search_FromManyThreadsAtOnce_AllSucceed()
    {
        var store = await _folder.OpenStoreAsync();
        await store.ImportAsync(ContractGraph.Snapshot, CancellationToken.None);
        var expected = await ReadAllAsync(store);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => ReadAllAsync(store))));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    private static async Task<string> ReadAllAsync(IGraphStore store)
    {
        var page = await store.FindNodesAsync(
            new NodeQuery(NodeKind.Lesson, NodeFilter.Everything, NodeOrder.Natural, 50, null, _povertyArena), CancellationToken.None);
        var hits = await store.SearchAsync(new SearchQuery("sociale", [], 50, _povertyArena), CancellationToken.None);
        var links = await store.GetLinksAsync(
            [.. page.Items.Select(i => i.Node.Ref)], new(RelationshipType.About, Direction.Outgoing, NodeKind.Issue), _povertyArena, CancellationToken.None);
        return string.Join(",", page.Items.Select(i => i.Node.Key).Concat(hits.Select(h => h.Node.Key)).Concat(links.Select(l => l.Target.Key)));
    }

    private async Task ImportAsync()
    {
        var store = await _folder.OpenStoreAsync();
        await store.ImportAsync(ContractGraph.Snapshot, CancellationToken.None);
    }

    private async Task<List<string>> ReadKeysAsync(SqlStatement statement)
    {
        using var connection = new SqliteConnection(_folder.ConnectionString);
        await connection.OpenAsync();
        using var command = statement.CreateCommand(connection);
        using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(reader.GetOrdinal("Key")));
        }

        return keys;
    }

    private async Task<List<string>> AssertNoTableScanAsync(SqlStatement statement)
    {
        using var connection = new SqliteConnection(_folder.ConnectionString);
        await connection.OpenAsync();
        using var command = (statement with { Sql = "EXPLAIN QUERY PLAN " + statement.Sql }).CreateCommand(connection);
        var plan = new List<string>();
        using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains("INDEX", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => TableScan().IsMatch(step));
        return plan;
    }

    // A SCAN of a graph table (by name or by one of the aliases the adapter's SQL uses), with or without an index.
    [GeneratedRegex(@"^SCAN (Nodes|Relationships|n|s|o|r|r1|r2|a|b|va|vi)\b")]
    private static partial Regex TableScan();
}
