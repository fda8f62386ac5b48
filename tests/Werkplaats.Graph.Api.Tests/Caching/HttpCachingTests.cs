using System.Net;
using System.Net.Http.Headers;
using Werkplaats.Graph.Api.Tests.Auth;
using static Werkplaats.Graph.Api.Tests.GraphQLHttp;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>
/// What browsers and CDNs are told (docs/decisions/0012): published answers for the public are public with an ETag
/// and a 304 for a matching If-None-Match; a signed-in caller's are private and revalidated; anything that may hold
/// drafts, or is about the caller, or failed, or came by POST, is never stored.
/// </summary>
public sealed class HttpCachingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string _url = CachedQueries.LatestLessons(Callers.X, first: 5);

    [Fact]
    public async Task PublicAnswer_IsPublic_WithAnETag_AndVariesByAcceptAuthorizationAndOrigin()
    {
        using var response = await factory.CreateClient().GetAsync(_url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.CacheControl.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(["Accept", "Authorization", "Origin"], response.Headers.Vary);
    }

    [Fact]
    public async Task MatchingIfNoneMatch_Is304_WithoutABody()
    {
        var client = factory.CreateClient();
        using var first = await client.GetAsync(_url);
        using var again = new HttpRequestMessage(HttpMethod.Get, _url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task StaleIfNoneMatch_GetsTheAnswer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _url);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-older-answer\""));

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task SameAnswerInTheOtherMediaType_HasAnotherETag()
    {
        var client = factory.CreateClient();
        using var graphQL = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, _url) { Headers = { { "Accept", GraphQLResponse } } });
        using var json = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, _url) { Headers = { { "Accept", Json } } });

        Assert.Equal(await graphQL.Content.ReadAsStringAsync(), await json.Content.ReadAsStringAsync());
        Assert.NotEqual(graphQL.Headers.ETag, json.Headers.ETag);
    }

    [Fact]
    public async Task SignedInCallerWithoutDrafts_GetsPrivateNoCache_WithAnETag()
    {
        using var response = await factory.ClientFor(CallerKind.TribuneOfX).GetAsync(_url);

        Assert.True(response.Headers.CacheControl!.Private);
        Assert.True(response.Headers.CacheControl.NoCache);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData(CallerKind.ArenaOfX)]
    [InlineData(CallerKind.Committee)]
    public async Task CallerWhoSeesDrafts_GetsPrivateNoStore_AndNoETag(CallerKind kind)
    {
        using var response = await factory.ClientFor(kind).GetAsync(_url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.True(response.Headers.CacheControl.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task AnswerAboutTheCaller_IsNeverStoredOrShared()
    {
        using var client = factory.ClientFor(CallerKind.TribuneOfX);
        using var first = await client.SendAsync(Get("{ viewer { name actor { key } } }"));
        using var second = await client.SendAsync(Get("{ viewer { name actor { key } } }"));

        Assert.True(second.Headers.CacheControl!.NoStore);
        Assert.Equal(["bypass"], second.Headers.GetValues("X-Response-Cache"));
    }

    [Fact]
    public async Task AnswerWithErrors_AndAnyPost_AreNoStore()
    {
        var client = factory.CreateClient();
        using var withErrors = await client.SendAsync(Get("{ lessons(first: 1000) { totalCount } }"));
        using var post = await client.SendAsync(PostQuery("{ levels { nodes { key } } }"));

        Assert.True(withErrors.Headers.CacheControl!.NoStore);
        Assert.Null(withErrors.Headers.ETag);
        Assert.True(post.Headers.CacheControl!.NoStore);
        Assert.Null(post.Headers.ETag);
    }
}
