using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Neo4j.Cypher;

namespace Werkplaats.Graph.Storage.Neo4j.Http;

/// <summary>
/// The typed HttpClient on Neo4j's Query API v2. One statement runs in an implicit transaction
/// (<c>POST /db/{database}/query/v2</c>); <see cref="BeginAsync"/> opens an explicit one for work that needs several
/// statements to succeed or fail together. Reads go out with <c>accessMode: Read</c> and the bookmarks of the last
/// write, so a cluster may route them to a reader that has caught up with it. Every failure leaves as a
/// <see cref="GraphStoreException"/>.
/// </summary>
internal sealed class QueryApiClient(HttpClient http, IOptions<Neo4jOptions> options)
{
    /// <summary>The header a cluster names its transaction's server in; every later call of the transaction echoes it.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private readonly Bookmarks _bookmarks = new();

    private string Database => options.Value.Database;

    private string QueryPath => $"db/{Uri.EscapeDataString(Database)}/query/v2";

    /// <summary>Runs one statement in its own transaction.</summary>
    public async Task<QueryResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken cancellationToken)
    {
        var bookmarks = mode == AccessMode.Read ? _bookmarks.Current : null;
        var (response, _) = await SendAsync(HttpMethod.Post, QueryPath, Request(statement, bookmarks, mode), null, cancellationToken);
        if (mode == AccessMode.Write)
        {
            _bookmarks.Remember(response.Bookmarks);
        }

        return ToResult(response);
    }

    /// <summary>Runs <paramref name="work"/>, again after a backoff when Neo4j reports a transient error: only for idempotent work.</summary>
    public async Task<T> RetryAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (GraphStoreException exception) when (QueryApiErrors.IsTransient(exception) && attempt < options.Value.MaxRetries)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * (1 << attempt)), cancellationToken);
            }
        }
    }

    /// <summary>Opens an explicit transaction; dispose it without <see cref="QueryTransaction.CommitAsync"/> to roll back.</summary>
    public async Task<QueryTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var (response, affinity) = await SendAsync(
            HttpMethod.Post, $"{QueryPath}/tx", new Dictionary<string, object>(), null, cancellationToken);
        var id = response.Transaction?.Id is { Length: > 0 } value
            ? value
            : throw new GraphStoreException(StoreErrorKind.Unavailable, "Neo4j opened no transaction.");
        return new QueryTransaction(this, $"{QueryPath}/tx/{Uri.EscapeDataString(id)}", affinity);
    }

    internal async Task<QueryResult> RunInAsync(string path, string? affinity, CypherStatement statement, CancellationToken cancellationToken)
    {
        var (response, _) = await SendAsync(HttpMethod.Post, path, Request(statement, null, null), affinity, cancellationToken);
        return ToResult(response);
    }

    internal async Task CommitAsync(string path, string? affinity, CancellationToken cancellationToken)
    {
        var (response, _) = await SendAsync(HttpMethod.Post, $"{path}/commit", new Dictionary<string, object>(), affinity, cancellationToken);
        _bookmarks.Remember(response.Bookmarks);
    }

    internal async Task RollbackAsync(string path, string? affinity)
    {
        // A transaction that failed on the server is rolled back there already; nothing to report.
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            await SendAsync(HttpMethod.Delete, path, null, affinity, timeout.Token);
        }
        catch (GraphStoreException)
        {
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static QueryRequest Request(CypherStatement statement, IReadOnlyList<string>? bookmarks, AccessMode? mode) =>
        new(statement.Text, statement.Parameters, bookmarks, mode?.ToString());

    private static QueryResult ToResult(QueryResponse response) =>
        response.Data is { } data ? new QueryResult(data.Fields, data.Values) : QueryResult.Empty;

    private async Task<(QueryResponse Response, string? Affinity)> SendAsync(
        HttpMethod method, string path, object? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.ParseAdd("application/json");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: _json);
        }

        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var parsed = await ReadAsync(response, cancellationToken);
            if (parsed?.Errors is [var first, ..])
            {
                throw QueryApiErrors.FromServer(first, Database);
            }

            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw QueryApiErrors.Credentials();
            }

            if (parsed is null || !response.IsSuccessStatusCode)
            {
                throw QueryApiErrors.NotQueryApi((int)response.StatusCode);
            }

            var echoed = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : affinity;
            return (parsed, echoed);
        }
        catch (TaskCanceledException canceled) when (!cancellationToken.IsCancellationRequested)
        {
            throw QueryApiErrors.TimedOut(canceled);
        }
        catch (HttpRequestException unreachable)
        {
            throw QueryApiErrors.Unreachable(http.BaseAddress, unreachable);
        }
    }

    /// <summary>The Query API body, or null when the answer is not one (an HTML error page of a proxy, an empty body).</summary>
    private static async Task<QueryResponse?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<QueryResponse>(_json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The bookmarks of the last write, handed to later reads so a caller reads its own writes on a cluster.</summary>
    private sealed class Bookmarks
    {
        private IReadOnlyList<string>? _current;

        public IReadOnlyList<string>? Current => Volatile.Read(ref _current);

        public void Remember(List<string>? bookmarks)
        {
            if (bookmarks is { Count: > 0 })
            {
                Volatile.Write(ref _current, bookmarks);
            }
        }
    }
}

/// <summary>An explicit transaction of the Query API; disposing it before <see cref="CommitAsync"/> rolls it back.</summary>
internal sealed class QueryTransaction(QueryApiClient client, string path, string? affinity) : IAsyncDisposable
{
    private bool _finished;

    public Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        client.RunInAsync(path, affinity, statement, cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        await client.CommitAsync(path, affinity, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            _finished = true;
            await client.RollbackAsync(path, affinity);
        }
    }
}
