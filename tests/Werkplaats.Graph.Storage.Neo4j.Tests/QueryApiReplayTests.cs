using System.Net;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Neo4j.Cypher;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Neo4j.Tests;

/// <summary>
/// The adapter against a fake Neo4j server (<see cref="FakeQueryApi"/>) replaying the Query API's documented answers:
/// what it sends, how it reads rows, and how every kind of failure becomes a <see cref="GraphStoreException"/> that
/// carries no Neo4j text.
/// </summary>
public sealed class QueryApiReplayTests
{
    private const string Neo4jText = "Invalid input 'RETUR'";
    private static readonly CancellationToken _none = CancellationToken.None;

    [Fact]
    public async Task FakeServer_Success_ReadsTheRows_AsAReadWithBasicAuth()
    {
        var lesson = Node(Lesson("keukentafel"));
        var api = new FakeQueryApi().Answer(HttpStatusCode.Accepted, FakeQueryApi.Rows(["node"], [[NodeProperties.From(lesson)]]));

        var nodes = await api.CreateStore().GetNodesAsync([lesson.Ref], Visibility.Public, _none);

        Assert.Equal(lesson, Assert.Single(nodes));
        var request = Assert.Single(api.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal("Read", request.AccessMode);
        Assert.Equal($"Basic {Convert.ToBase64String("neo4j:secret"u8)}", request.Authorization);
        Assert.Equal("keukentafel", request.Parameter("p0")[0].GetString());
    }

    [Fact]
    public async Task FakeServer_Token_IsSentAsBearer()
    {
        var api = new FakeQueryApi().Answer(HttpStatusCode.Accepted, FakeQueryApi.Rows(["nodes"], [[0]]));

        await api.CreateStore(o => o.Token = "sso-token").GetStatusAsync(_none);

        Assert.Equal("Bearer sso-token", api.Requests[0].Authorization);
    }

    [Fact]
    public async Task FakeServer_ValuesNotWrappedInARowArray_AreReadAsOneValuePerRow()
    {
        var api = new FakeQueryApi().Answer(HttpStatusCode.Accepted, "{\"data\":{\"fields\":[\"nodes\"],\"values\":[5]},\"bookmarks\":[]}");

        var status = await api.CreateStore().GetStatusAsync(_none);

        Assert.Equal(5, status.NodeCount);
    }

    [Fact]
    public async Task FakeServer_ErrorsWithStatus202_AreAFailure()
    {
        var body = FakeQueryApi.Error("Neo.DatabaseError.Statement.ExecutionFailed", Neo4jText);
        var api = new FakeQueryApi().Answer(HttpStatusCode.Accepted, body);

        var problem = await Assert.ThrowsAsync<GraphStoreException>(() => api.CreateStore().GetNodesAsync([Lesson("x")], Visibility.Public, _none));

        Assert.Equal(StoreErrorKind.Unavailable, problem.ErrorKind);
        Assert.DoesNotContain(Neo4jText, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeServer_ErrorsWithStatus400_AreUnavailable_WithoutNeo4jText()
    {
        var api = new FakeQueryApi().Answer(HttpStatusCode.BadRequest, FakeQueryApi.Error("Neo.ClientError.Statement.SyntaxError", Neo4jText));

        var problem = await Assert.ThrowsAsync<GraphStoreException>(() => api.CreateStore().GetNodesAsync([Lesson("x")], Visibility.Public, _none));

        Assert.Equal(StoreErrorKind.Unavailable, problem.ErrorKind);
        Assert.DoesNotContain(Neo4jText, problem.Message, StringComparison.Ordinal);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task FakeServer_Status401_MakesTheStoreNotReady_NamingTheCredentials()
    {
        var api = new FakeQueryApi().Answer(HttpStatusCode.Unauthorized, FakeQueryApi.Error("Neo.ClientError.Security.Unauthorized", "Invalid credential."));

        var status = await api.CreateStore().GetStatusAsync(_none);

        Assert.False(status.Reachable);
        Assert.Contains("Neo4j:User", status.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Invalid credential", status.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeServer_TransientErrorThenSuccess_RetriesTheRead()
    {
        var api = new FakeQueryApi()
            .Answer(HttpStatusCode.ServiceUnavailable, FakeQueryApi.Error("Neo.TransientError.Transaction.DeadlockDetected", "Deadlock"))
            .Answer(HttpStatusCode.Accepted, FakeQueryApi.Rows(["nodes"], [[37]]));

        var status = await api.CreateStore().GetStatusAsync(_none);

        Assert.Equal(37, status.NodeCount);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task FakeServer_TransientErrorInAChange_IsNotRetried_AndRollsBack()
    {
        var api = new FakeQueryApi()
            .Answer(HttpStatusCode.Accepted, FakeQueryApi.Begun(), FakeQueryApi.Affinity)
            .Answer(HttpStatusCode.ServiceUnavailable, FakeQueryApi.Error("Neo.TransientError.Transaction.DeadlockDetected", "Deadlock"));

        var problem = await Assert.ThrowsAsync<GraphStoreException>(() => api.CreateStore().ApplyAsync(CatalogueExamples.Change(), _none));

        Assert.Equal(StoreErrorKind.Timeout, problem.ErrorKind);
        Assert.Equal(["POST", "POST", "DELETE"], api.Requests.Select(r => r.Method.Method));
    }

    [Fact]
    public async Task FakeServer_ConstraintValidationFailed_IsAConflict()
    {
        var api = new FakeQueryApi()
            .Answer(HttpStatusCode.Accepted, FakeQueryApi.Begun(), FakeQueryApi.Affinity)
            .Answer(HttpStatusCode.Accepted, FakeQueryApi.Rows(["result"], []))
            .Answer(HttpStatusCode.BadRequest, FakeQueryApi.Error(
                "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(12) already exists with label `Lesson` and property `key` = 'samen-koken'"));

        var problem = await Assert.ThrowsAsync<GraphStoreException>(() => api.CreateStore().ApplyAsync(CatalogueExamples.Change(), _none));

        Assert.Equal(StoreErrorKind.Conflict, problem.ErrorKind);
        Assert.DoesNotContain("already exists", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeServer_HtmlErrorPage_IsUnavailable()
    {
        var api = new FakeQueryApi().AnswerHtml(HttpStatusCode.BadGateway);

        var problem = await Assert.ThrowsAsync<GraphStoreException>(() => api.CreateStore().GetNodesAsync([Lesson("x")], Visibility.Public, _none));

        Assert.Equal(StoreErrorKind.Unavailable, problem.ErrorKind);
        Assert.Contains("HTTP 502", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<html>", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeServer_NoAnswer_TimesOut()
    {
        var api = new FakeQueryApi().Hang();

        var problem = await Assert.ThrowsAsync<GraphStoreException>(() => api.CreateStore().GetNodesAsync([Lesson("x")], Visibility.Public, _none));

        Assert.Equal(StoreErrorKind.Timeout, problem.ErrorKind);
    }

    [Fact]
    public async Task FakeServer_Change_RunsInOneTransaction_EchoingTheClusterAffinity_ThenReadsWithItsBookmarks()
    {
        const string commitBookmark = "FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ";
        var change = CatalogueExamples.Change();
        var api = new FakeQueryApi().Answer(HttpStatusCode.Accepted, FakeQueryApi.Begun(), FakeQueryApi.Affinity);
        api.Otherwise = request => request.Path.EndsWith("/commit", StringComparison.Ordinal)
            ? FakeQueryApi.Json(HttpStatusCode.Accepted, FakeQueryApi.Rows([], [], commitBookmark))
            : FakeQueryApi.Json(HttpStatusCode.Accepted, ExistingKeys(request));
        var store = api.CreateStore();

        var result = await store.ApplyAsync(change, _none);
        await store.GetNodesAsync([Lesson("samen-koken")], Visibility.Everything, _none);

        Assert.Equal(change.Result, result);
        var transaction = api.Requests.Skip(1).SkipLast(2).ToList();
        Assert.Equal("/db/neo4j/query/v2/tx", api.Requests[0].Path);
        Assert.All(transaction, r => Assert.Equal($"/db/neo4j/query/v2/tx/{FakeQueryApi.TransactionId}", r.Path));
        Assert.All(transaction, r => Assert.Equal(FakeQueryApi.Affinity, r.Affinity));
        Assert.Equal(CypherCatalogue.StoredResult(change.Author.ActorKey, change.IdempotencyKey!).Text, transaction[0].Statement);
        Assert.Equal(CypherCatalogue.StoreResult(change, change.IdempotencyKey!).Text, transaction[^2].Statement);
        Assert.Equal(CypherCatalogue.MoveDataVersionOn().Text, transaction[^1].Statement);
        Assert.Contains(CypherCatalogue.CreateNodes(NodeKind.Lesson, []).Text, transaction.Select(r => r.Statement));
        Assert.Contains(CypherCatalogue.RecomputeAbout(NodeKind.Lesson, []).Text, transaction.Select(r => r.Statement));
        Assert.Equal($"/db/neo4j/query/v2/tx/{FakeQueryApi.TransactionId}/commit", api.Requests[^2].Path);
        Assert.Equal([commitBookmark], api.Requests[^1].Bookmarks);
    }

    [Fact]
    public async Task FakeServer_ChangeToAMissingNode_IsNotFound_AndRollsBack()
    {
        var api = new FakeQueryApi().Answer(HttpStatusCode.Accepted, FakeQueryApi.Begun(), FakeQueryApi.Affinity);

        var problem = await Assert.ThrowsAsync<GraphStoreException>(() => api.CreateStore().ApplyAsync(CatalogueExamples.Change(), _none));

        Assert.Equal(StoreErrorKind.NotFound, problem.ErrorKind);
        Assert.Equal(HttpMethod.Delete, api.Requests[^1].Method);
        Assert.DoesNotContain(api.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FakeServer_Change_LogsWhatItWrote_InItsTransaction()
    {
        var change = CatalogueExamples.Change();
        var api = new FakeQueryApi().Answer(HttpStatusCode.Accepted, FakeQueryApi.Begun(), FakeQueryApi.Affinity);
        api.Otherwise = request => FakeQueryApi.Json(HttpStatusCode.Accepted, ExistingKeys(request));

        await api.CreateStore().ApplyAsync(change, _none);

        var log = Assert.Single(api.Requests, r => r.Statement == CypherCatalogue.AppendChangeLog(change, "").Text);
        Assert.Equal($"/db/neo4j/query/v2/tx/{FakeQueryApi.TransactionId}", log.Path);
        var statement = CypherCatalogue.AppendChangeLog(change, "");
        string Sent(object? value) => log.Parameter(statement.Parameters.Single(p => Equals(p.Value, value)).Key).GetString()!;
        Assert.Equal(change.Operation, Sent(change.Operation));
        var entry = ChangeLogJson.Read(1, change.Author, change.At, change.Operation, Sent(""));
        Assert.Equal(change.Created.Select(n => n.Ref), entry.Created);
        Assert.Equal(change.Updated.Select(n => n.Ref), entry.Updated);
        Assert.Equal(change.Added, entry.Added);
        Assert.Equal(change.Removed, entry.Removed);
    }

    [Fact]
    public async Task FakeServer_ReplayedIdempotencyKey_WritesNothing_NorMovesTheDataVersion()
    {
        var api = new FakeQueryApi()
            .Answer(HttpStatusCode.Accepted, FakeQueryApi.Begun(), FakeQueryApi.Affinity)
            .Answer(HttpStatusCode.Accepted, FakeQueryApi.Rows(["result"], [["first-result"]]));

        var result = await api.CreateStore().ApplyAsync(CatalogueExamples.Change(), _none);

        Assert.Equal("first-result", result);
        Assert.DoesNotContain(api.Requests, r => r.Statement == CypherCatalogue.MoveDataVersionOn().Text);
        Assert.DoesNotContain(api.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FakeServer_DataVersion_IsReadAsStoreAndNumber()
    {
        var api = new FakeQueryApi().Answer(HttpStatusCode.Accepted, FakeQueryApi.Rows(["store", "number"], [["5f0c", 41]]));

        var version = await api.CreateStore().GetDataVersionAsync(_none);

        Assert.Equal(new DataVersion("5f0c", 41), version);
        Assert.Equal("Read", Assert.Single(api.Requests).AccessMode);
    }

    [Fact]
    public async Task FakeServer_NoDataVersion_IsAStoreErrorSayingItWasNotInitialized()
    {
        var api = new FakeQueryApi().Answer(HttpStatusCode.Accepted, FakeQueryApi.Rows(["store", "number"], []));

        var problem = await Assert.ThrowsAsync<GraphStoreException>(() => api.CreateStore().GetDataVersionAsync(_none));

        Assert.Contains("not initialized", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 0, true)]
    [InlineData(0, 0, false)]
    public async Task FakeServer_Import_MovesTheDataVersionOn_OnlyWhenItChangesSomething(int created, int updated, bool movesOn)
    {
        var api = new FakeQueryApi()
            .Answer(HttpStatusCode.Accepted, FakeQueryApi.Begun(), FakeQueryApi.Affinity)
            .Answer(HttpStatusCode.Accepted, FakeQueryApi.Rows(["created", "updated"], [[created, updated]]));
        var snapshot = new GraphSnapshot([Node(Issue(Poverty))], []);

        await api.CreateStore().ImportAsync(snapshot, _none);

        var statements = api.Requests.Select(r => r.Statement).ToList();
        Assert.Equal(movesOn, statements.Contains(CypherCatalogue.MoveDataVersionOn().Text));
        Assert.EndsWith("/commit", api.Requests[^1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeServer_ChangeLog_ReadsEntriesNewestFirst_AndTellsWhetherOlderOnesRemain()
    {
        var change = CatalogueExamples.Change();
        object?[] Entry(long sequence) =>
            [sequence, StoredText.Of(change.At), change.Author.ActorKey, change.Author.PersonName, change.Operation, ChangeLogJson.Write(change)];
        var api = new FakeQueryApi().Answer(HttpStatusCode.Accepted, FakeQueryApi.Rows(
            ["sequence", "at", "actor", "actorName", "operation", "changes"], [Entry(7), Entry(6)]));

        var page = await api.CreateStore().GetChangeLogAsync(8, 1, _none);

        var entry = Assert.Single(page.Entries);
        Assert.True(page.HasMore);
        Assert.Equal((7L, change.Author, change.At, change.Operation), (entry.Sequence, entry.Author, entry.At, entry.Operation));
        Assert.Equal(change.Added, entry.Added);
        Assert.Equal(8, api.Requests[0].Parameter("p0").GetInt64());
        Assert.Equal(2, api.Requests[0].Parameter("p1").GetInt32());
    }

    /// <summary>Answers an existence check as if every key asked for exists, and anything else with no rows.</summary>
    private static string ExistingKeys(RecordedRequest request) =>
        request.Statement?.EndsWith("RETURN n.key AS key", StringComparison.Ordinal) == true
            ? FakeQueryApi.Rows(["key"], request.Parameter("p0").EnumerateArray().Select(k => new object?[] { k.GetString() }))
            : FakeQueryApi.Rows([], []);
}
