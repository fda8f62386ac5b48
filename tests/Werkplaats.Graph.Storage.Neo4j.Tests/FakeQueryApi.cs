using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Werkplaats.Graph.Storage.Neo4j.Http;

namespace Werkplaats.Graph.Storage.Neo4j.Tests;

/// <summary>
/// A fake Neo4j Query API (no Neo4j server can run on this machine): an HttpMessageHandler that answers with the
/// responses Neo4j's Query API manual documents, in the order they are queued, then with <see cref="Otherwise"/>; it
/// records every request.
/// </summary>
internal sealed class FakeQueryApi : HttpMessageHandler
{
    public const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    public const string TransactionId = "lyU";

    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _answers = new();

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>The answer once the queue is empty: by default an empty success, or rows a test computes from the request.</summary>
    public Func<RecordedRequest, HttpResponseMessage> Otherwise { get; set; } = _ => Json(HttpStatusCode.Accepted, Rows([], []));

    public FakeQueryApi Answer(HttpStatusCode status, string json, string? affinity = null)
    {
        _answers.Enqueue(_ => Task.FromResult(Json(status, json, affinity)));
        return this;
    }

    public FakeQueryApi AnswerHtml(HttpStatusCode status)
    {
        _answers.Enqueue(_ => Task.FromResult(new HttpResponseMessage(status)
        {
            Content = new StringContent("<html><body><h1>502 Bad Gateway</h1></body></html>", Encoding.UTF8, "text/html"),
        }));
        return this;
    }

    /// <summary>Never answers: the client's timeout has to end the call.</summary>
    public FakeQueryApi Hang()
    {
        _answers.Enqueue(async cancellationToken =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("Unreachable.");
        });
        return this;
    }

    /// <summary>A new store on this fake server, configured as the API would be (Basic auth unless a token is given).</summary>
    public Neo4jGraphStore CreateStore(Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions { Uri = "http://neo4j.test:7474", User = "neo4j", Password = "secret", TimeoutSeconds = 1 };
        configure?.Invoke(options);
        var http = new HttpClient(this);
        Neo4jGraphStoreExtensions.Configure(http, options);
        return new Neo4jGraphStore(new QueryApiClient(http, Options.Create(options)), Options.Create(options));
    }

    /// <summary>A documented success body: <c>data.fields</c>, <c>data.values</c> (one array per row), <c>bookmarks</c>.</summary>
    public static string Rows(IReadOnlyList<string> fields, IEnumerable<object?[]> values, string bookmark = "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ") =>
        JsonSerializer.Serialize(new { data = new { fields, values }, bookmarks = new[] { bookmark } });

    /// <summary>A documented error body: <c>errors[].code</c> and <c>errors[].message</c>.</summary>
    public static string Error(string code, string message) =>
        JsonSerializer.Serialize(new { errors = new[] { new { code, message } } });

    /// <summary>The documented answer that opens an explicit transaction.</summary>
    public static string Begun() =>
        JsonSerializer.Serialize(new { data = new { fields = Array.Empty<string>(), values = Array.Empty<object>() }, transaction = new { id = TransactionId, expires = "2024-10-22T15:48:29Z" } });

    public static HttpResponseMessage Json(HttpStatusCode status, string json, string? affinity = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (affinity is not null)
        {
            response.Headers.Add(QueryApiClient.AffinityHeader, affinity);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!.AbsolutePath,
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues(QueryApiClient.AffinityHeader, out var affinity) ? affinity.Single() : null,
            body is null ? null : JsonDocument.Parse(body).RootElement.Clone());
        lock (Requests)
        {
            Requests.Add(recorded);
        }

        return _answers.TryDequeue(out var answer) ? await answer(cancellationToken) : Otherwise(recorded);
    }
}

/// <summary>A request the fake received: method, path, Authorization and affinity headers, and the JSON body.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, string? Authorization, string? Affinity, JsonElement? Body)
{
    public string? Statement => Body is { } body && body.TryGetProperty("statement", out var statement) ? statement.GetString() : null;

    public string? AccessMode => Body is { } body && body.TryGetProperty("accessMode", out var mode) ? mode.GetString() : null;

    public IReadOnlyList<string> Bookmarks => Body is { } body && body.TryGetProperty("bookmarks", out var bookmarks)
        ? [.. bookmarks.EnumerateArray().Select(b => b.GetString()!)]
        : [];

    public JsonElement Parameter(string name) => Body!.Value.GetProperty("parameters").GetProperty(name);
}
