using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Api.GraphQL.Execution;
using static Werkplaats.Graph.Api.Tests.GraphQLHttp;

namespace Werkplaats.Graph.Api.Tests.Http;

public sealed class DocumentCacheTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();
    private readonly DocumentCache _cache = factory.Services.GetServices<IConfigureExecution>().OfType<DocumentCache>().Single();

    [Fact]
    public async Task RepeatedQuery_ReusesTheParsedDocument()
    {
        // Other variables each time, so the response cache does not answer before the document is needed.
        const string Query = "query($key: LevelKey!) { level(key: $key) { ordinal } repeated: __typename }";
        (await _client.SendAsync(PostQuery(Query, variables: new { key = "INDIVIDUAL" }))).Dispose();
        var hits = _cache.Hits;

        (await _client.SendAsync(PostQuery(Query, variables: new { key = "FAMILY" }))).Dispose();
        (await _client.SendAsync(Get(Query, """{"key":"GROUP"}"""))).Dispose();

        Assert.Equal(hits + 2, _cache.Hits);
    }

    [Fact]
    public async Task InvalidQuery_IsNotKept()
    {
        const string Query = "{ notAField }";
        (await _client.SendAsync(PostQuery(Query))).Dispose();
        var hits = _cache.Hits;

        (await _client.SendAsync(PostQuery(Query))).Dispose();

        Assert.Equal(hits, _cache.Hits);
    }
}
