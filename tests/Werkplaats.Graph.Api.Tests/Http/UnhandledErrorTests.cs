using System.Net;
using Microsoft.Extensions.Logging;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Api.Http;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Traversal;
using static Werkplaats.Graph.Api.Tests.GraphQLHttp;

namespace Werkplaats.Graph.Api.Tests.Http;

/// <summary>Failures become GraphQL errors with a code, are logged once, and show clients no exception details.</summary>
public sealed class UnhandledErrorTests(FailingApiFactory factory) : IClassFixture<FailingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task StoreFailureInResolver_IsStoreUnavailable()
    {
        using var response = await _client.SendAsync(PostQuery("{ storeDown: level(key: INDIVIDUAL) { ordinal } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single((await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("STORE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("The graph store is unavailable; try again later.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task BugInResolver_IsInternalErrorLoggedOnceWithTheTraceId()
    {
        using var response = await _client.SendAsync(PostQuery("{ bug: level(key: INDIVIDUAL) { ordinal } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["INTERNAL_ERROR"], await response.ReadErrorCodesAsync());
        var logged = Assert.Single(factory.Logs.Entries, entry => entry.Exception?.Message == FailingApiFactory.Secret
            && entry.Category == typeof(GraphQLRequestExecutor).FullName);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Matches(@"trace id \S+", logged.Message);
    }

    [Theory]
    [InlineData("neighbourhood(of: $a, depth: 9) { truncated }", NodeKind.Issue, "armoede-en-schulden", "INVALID_ARGUMENT")]
    [InlineData("paths(from: $a, to: $a) { length }", NodeKind.Lesson, "bestaat-niet", "NODE_NOT_FOUND")]
    public async Task RefusalOfTheDomain_IsAnswered_NotLoggedAsAnError(string field, NodeKind kind, string key, string code)
    {
        using var response = await _client.SendAsync(PostQuery($"query($a: ID!) {{ {field} }}", variables: new { a = GlobalId.Of(new NodeRef(kind, key)) }));

        Assert.Equal([code], await response.ReadErrorCodesAsync());
        Assert.DoesNotContain(factory.Logs.Entries, entry => entry.Exception is TraversalArgumentException or NodeNotFoundException);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.GatewayTimeout)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task ResolverPastTheTimeout_IsTimeout(string accept, HttpStatusCode status)
    {
        using var response = await _client.SendAsync(PostQuery("{ slow: level(key: INDIVIDUAL) { ordinal } }", accept));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(["TIMEOUT"], await response.ReadErrorCodesAsync());
    }

    [Fact]
    public async Task ExceptionOutsideGraphQL_Is500InternalError()
    {
        using var response = await _client.GetAsync("/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(Json, response.MediaType());
        Assert.Equal(["INTERNAL_ERROR"], await response.ReadErrorCodesAsync());
    }

    public static TheoryData<string> FailingRequests => ["bug", "storeDown", "slow", "boom", "syntax", "json"];

    [Theory]
    [MemberData(nameof(FailingRequests))]
    public async Task ErrorBodies_ShowNoExceptionDetails(string failure)
    {
        using var request = failure switch
        {
            "boom" => new HttpRequestMessage(HttpMethod.Get, "/boom"),
            "syntax" => PostQuery("{ level(key: INDIVIDUAL) { ordinal }"),
            "json" => Post("{"),
            _ => PostQuery($"{{ {failure}: level(key: INDIVIDUAL) {{ ordinal }} }}"),
        };

        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("""{"errors":[{"message":""", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingApiFactory.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("details", body, StringComparison.Ordinal);
    }
}
