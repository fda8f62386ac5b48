using System.Net;
using Werkplaats.Graph.Api.Catalogue;
using static Werkplaats.Graph.Api.Tests.Caching.TrustedDocumentsTests;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>Apollo's automatic persisted queries: hash first, PERSISTED_QUERY_NOT_FOUND, then hash and text, then hash alone.</summary>
public sealed class AutomaticPersistedQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task UnknownHash_IsNotFound_ThenRegisteredWithItsText_ThenRunsByHashAlone()
    {
        var query = $"{{ levels(first: 8) {{ nodes {{ key }} }} apq: __typename }} # {Guid.NewGuid()}";
        var hash = QueryCatalogue.HashOf(query);

        using var unknown = await _client.SendAsync(PersistedQueryPost(query, hash, withText: false));
        using var registered = await _client.SendAsync(PersistedQueryPost(query, hash, withText: true));
        using var byHash = await _client.SendAsync(PersistedQueryPost(query, hash, withText: false));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], await unknown.ReadErrorCodesAsync());
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal((await registered.ReadJsonAsync()).GetRawText(), (await byHash.ReadJsonAsync()).GetRawText());
    }

    [Fact]
    public async Task HashThatIsNotTheQuerysHash_IsRefused()
    {
        using var response = await _client.SendAsync(PersistedQueryPost("{ __typename }", new string('a', 64), withText: true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["PERSISTED_QUERY_HASH_MISMATCH"], await response.ReadErrorCodesAsync());
    }

    [Fact]
    public async Task MalformedHash_IsRefused_SayingTheExpectedShape()
    {
        using var response = await _client.SendAsync(PersistedQueryPost(null, "not-a-hash", withText: false));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["PERSISTED_QUERY_NOT_SUPPORTED"], await response.ReadErrorCodesAsync());
    }
}
