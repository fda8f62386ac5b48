using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Neo4j.Cypher;
using Werkplaats.Graph.Storage.Sqlite;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Neo4j.Tests;

/// <summary>
/// The copy command's work from a real embedded store (a SQLite file) into a fake Neo4j server
/// (<see cref="FakeQueryApi"/>), which checks the statements and batches it receives.
/// </summary>
public sealed class StoreCopyTests : IAsyncLifetime
{
    private const int BatchSize = 4;
    private static readonly CancellationToken _none = CancellationToken.None;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "werkplaats-graph-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _sqlite;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task FakeServer_CopyFromTheEmbeddedStore_SendsEveryNodeRelationshipAuditEntryKeyAndLogEntry_InBatches()
    {
        var source = await EmbeddedStoreWithAWriteAsync();
        var api = new FakeQueryApi { Otherwise = AnswerImports };
        var target = api.CreateStore(o => o.BatchSize = BatchSize);

        var result = await StoreCopy.CopyAsync(source, target, _none);

        var exported = await source.ExportAsync(_none);
        var statements = api.Requests.Where(r => r.Statement is not null).ToList();
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            var batches = Batches(statements, CypherCatalogue.ImportNodes(kind, []).Text);
            Assert.All(batches, b => Assert.InRange(b.Count, 1, BatchSize));
            Assert.Equal(
                exported.Graph.Nodes.Where(n => n.Kind == kind).Select(n => n.Key).Order(StringComparer.Ordinal),
                batches.SelectMany(b => b).Select(row => row.GetProperty("key").GetString()!).Order(StringComparer.Ordinal));
        }

        var relationshipRows = RelationshipSchema.EndpointsOf(RelationshipType.Touches)
            .SelectMany(ends => Batches(statements, CypherCatalogue.ImportRelationships(RelationshipType.Touches, ends.From, ends.To, []).Text))
            .SelectMany(b => b)
            .Select(row => $"{row.GetProperty("from").GetString()}->{row.GetProperty("to").GetString()}");
        Assert.Equal(
            exported.Graph.Relationships.Where(r => r.Type == RelationshipType.Touches).Select(r => $"{r.From.Key}->{r.To.Key}").Order(StringComparer.Ordinal),
            relationshipRows.Order(StringComparer.Ordinal));
        Assert.Equal("samen-koken", Assert.Single(Batches(statements, CypherCatalogue.RestoreAudit(NodeKind.Lesson, []).Text).SelectMany(b => b)).GetProperty("key").GetString());
        Assert.Equal("retry-1", Assert.Single(Batches(statements, CypherCatalogue.RestoreIdempotencyKeys([]).Text).SelectMany(b => b)).GetProperty("key").GetString());
        var logged = Assert.Single(exported.ChangeLog);
        var logRow = Assert.Single(Batches(statements, CypherCatalogue.RestoreChangeLog([]).Text).SelectMany(b => b));
        Assert.Equal(logged.Sequence, logRow.GetProperty("sequence").GetInt64());
        Assert.Equal(ChangeLogJson.Write(logged), logRow.GetProperty("changes").GetString());
        Assert.Equal(logged.Sequence, Assert.Single(statements, r => r.Statement == CypherCatalogue.RestoreChangeLogCounter(0).Text).Parameter("p0").GetInt64());
        Assert.Equal(1, result.ChangeLogEntries);
        Assert.Equal(2, api.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)));
        Assert.Equal(exported.Graph.Nodes.Count, result.Nodes);
        Assert.Equal(exported.Graph.Nodes.Count, result.Restored.NodesCreated);
        Assert.Equal(exported.Graph.Relationships.Count, result.Restored.RelationshipsCreated);
    }

    /// <summary>A real SQLite store with the contract graph and one write through the write port (a draft, its audit, its key).</summary>
    private async Task<IGraphTransfer> EmbeddedStoreWithAWriteAsync()
    {
        _sqlite = new ServiceCollection().AddSqliteGraphStore($"Data Source={Path.Combine(_folder, "graph.db")}").BuildServiceProvider();
        var store = _sqlite.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(_none);
        await store.ImportAsync(Snapshot, _none);
        var change = CatalogueExamples.Change() with { Updated = [], Removed = [] };
        await _sqlite.GetRequiredService<IGraphWriter>().ApplyAsync(change, _none);
        return _sqlite.GetRequiredService<IGraphTransfer>();
    }

    /// <summary>The rows of every batch sent with this statement text.</summary>
    private static List<List<JsonElement>> Batches(IEnumerable<RecordedRequest> requests, string text) =>
        [.. requests.Where(r => r.Statement == text).Select(r => r.Parameter("p0").EnumerateArray().ToList())];

    /// <summary>Answers as Neo4j would for a store that was empty: every imported row created, every relationship matched.</summary>
    private static HttpResponseMessage AnswerImports(RecordedRequest request)
    {
        if (request.Path.EndsWith("/tx", StringComparison.Ordinal))
        {
            return FakeQueryApi.Json(HttpStatusCode.Accepted, FakeQueryApi.Begun(), FakeQueryApi.Affinity);
        }

        var rows = request.Statement?.StartsWith("UNWIND", StringComparison.Ordinal) == true ? request.Parameter("p0").GetArrayLength() : 0;
        return request.Statement switch
        {
            { } text when text.Contains("AS matched", StringComparison.Ordinal) =>
                FakeQueryApi.Json(HttpStatusCode.Accepted, FakeQueryApi.Rows(["matched", "created", "updated"], [[rows, rows, 0]])),
            { } text when text.Contains("AS created", StringComparison.Ordinal) =>
                FakeQueryApi.Json(HttpStatusCode.Accepted, FakeQueryApi.Rows(["created", "updated"], [[rows, 0]])),
            _ => FakeQueryApi.Json(HttpStatusCode.Accepted, FakeQueryApi.Rows([], [])),
        };
    }
}
