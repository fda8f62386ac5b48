using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Werkplaats.Graph.Api.Catalogue;
using Werkplaats.Graph.Api.Tests.Auth;
using Werkplaats.Graph.Core.Model;
using static Werkplaats.Graph.Api.Tests.GraphQLHttp;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>The API with <c>GraphQL:Anonymous:Queries = CatalogueOnly</c>: anonymous callers run catalogue queries only.</summary>
public sealed class CatalogueOnlyApiFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphQL:Anonymous:Queries", "CatalogueOnly");
    }
}

/// <summary>
/// Trusted documents: with catalogue-only configured, an anonymous caller's own query is refused with a clear error,
/// while catalogue queries (by id, by hash, or as their exact text) run, and signed-in callers still write their own.
/// </summary>
public sealed class TrustedDocumentsTests(CatalogueOnlyApiFactory factory) : IClassFixture<CatalogueOnlyApiFactory>
{
    private const string OwnQuery = "{ issues { nodes { key } } }";
    private readonly HttpClient _anonymous = factory.CreateClient();
    private readonly QueryCatalogue _catalogue = new();

    [Fact]
    public async Task AnonymousOwnQuery_Is403_CatalogueQueriesOnly()
    {
        using var response = await _anonymous.SendAsync(PostQuery(OwnQuery));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(["CATALOGUE_QUERIES_ONLY"], await response.ReadErrorCodesAsync());
    }

    [Fact]
    public async Task AnonymousOwnQuery_AsAnAutomaticPersistedQuery_IsRefusedToo()
    {
        using var response = await _anonymous.SendAsync(PersistedQueryPost(OwnQuery, QueryCatalogue.HashOf(OwnQuery), withText: true));

        Assert.Equal(["CATALOGUE_QUERIES_ONLY"], await response.ReadErrorCodesAsync());
    }

    [Fact]
    public async Task CatalogueQuery_ByIdByHashAndAsItsText_RunsAnonymously()
    {
        var query = _catalogue.Find("atelier")!;
        var variables = new { atelier = SeedGraph.Snapshot.Nodes.OfType<Issue>().First().Key };

        var byId = await _anonymous.FetchAsync(CachedQueries.Url(query.Id, variables));
        using var byHash = await _anonymous.SendAsync(Post(JsonSerializer.Serialize(new
        {
            variables,
            extensions = new { persistedQuery = new { version = 1, sha256Hash = query.Hash } },
        })));
        using var asText = await _anonymous.SendAsync(PostQuery(query.Document, variables: variables));

        Assert.Equal(200, byId.Status);
        Assert.Equal(byId.Body.GetRawText(), (await byHash.ReadJsonAsync()).GetRawText());
        Assert.Equal(byId.Body.GetRawText(), (await asText.ReadJsonAsync()).GetRawText());
    }

    [Fact]
    public async Task SignedInCaller_MayStillSendItsOwnQuery()
    {
        using var client = factory.ClientFor(CallerKind.TribuneOfX);

        using var response = await client.SendAsync(PostQuery(OwnQuery));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.ReadErrorCodesAsync());
    }

    [Fact]
    public async Task OwnQueryCachedForASignedInCaller_IsStillRefusedToAnAnonymousOne_ByteForByte()
    {
        var url = $"/graphql?query={Uri.EscapeDataString("{ domains { nodes { key } } }")}";
        using var signedIn = factory.ClientFor(CallerKind.TribuneOfX);
        await signedIn.FetchAsync(url);
        var again = await signedIn.FetchAsync(url);

        var anonymous = await _anonymous.FetchAsync(url);

        Assert.Equal((200, "hit"), (again.Status, again.Cache));
        Assert.Equal(403, anonymous.Status);
        Assert.Equal("CATALOGUE_QUERIES_ONLY", anonymous.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    public static HttpRequestMessage PersistedQueryPost(string? query, string hash, bool withText) =>
        Post(JsonSerializer.Serialize(new
        {
            query = withText ? query : null,
            extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
        }));
}
