using Werkplaats.Graph.Api.Tests.Auth;
using Werkplaats.Graph.Api.Tests.Mutations;
using static Werkplaats.Graph.Api.Tests.GraphQLHttp;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>
/// The response cache in memory (no Redis configured): a repeated query is a hit, a write makes the next answer fresh,
/// and an answer with drafts is never given to a caller who may not see them.
/// </summary>
public sealed class ResponseCacheTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task RepeatedQuery_IsAHit_WithTheSameBytes()
    {
        var url = CachedQueries.LatestLessons(Callers.X, first: 7);
        var client = factory.CreateClient();

        var first = await client.FetchAsync(url);
        var second = await client.FetchAsync(url);

        Assert.Equal(("miss", "hit"), (first.Cache, second.Cache));
        Assert.Equal(first.Body.GetRawText(), second.Body.GetRawText());
    }

    [Fact]
    public async Task SameRequestWrittenDifferently_IsAHitToo()
    {
        var atelier = Callers.X;
        var compact = $"/graphql?id=latest-lessons&variables={Uri.EscapeDataString($"{{\"atelier\":\"{atelier}\",\"first\":6}}")}";
        var spaced = $"/graphql?id=latest-lessons&variables={Uri.EscapeDataString($"{{ \"atelier\": \"{atelier}\", \"first\": 6 }}")}";
        var client = factory.CreateClient();

        var first = await client.FetchAsync(compact);
        var otherBytes = await client.FetchAsync(spaced);
        var sameBytesAgain = await client.FetchAsync(spaced);

        Assert.Equal(("miss", "hit", "hit"), (first.Cache, otherBytes.Cache, sameBytesAgain.Cache));
        Assert.Equal(first.Body.GetRawText(), otherBytes.Body.GetRawText());
        Assert.Equal(first.Body.GetRawText(), sameBytesAgain.Body.GetRawText());
    }

    [Fact]
    public async Task PostedQuery_IsCachedToo_ButAMutationNever()
    {
        var client = factory.CreateClient();
        using var first = await client.SendAsync(PostQuery("{ conditions { nodes { key } } posted: __typename }"));
        using var second = await client.SendAsync(PostQuery("{ conditions { nodes { key } } posted: __typename }"));
        using var mutation = await client.SendAsync(PostQuery("mutation { publishLesson(input: { key: \"x\", publish: true }) { errors { code } } }"));

        Assert.Equal(["hit"], second.Headers.GetValues("X-Response-Cache"));
        Assert.Equal(["bypass"], mutation.Headers.GetValues("X-Response-Cache"));
    }

    [Fact]
    public async Task AfterAWrite_TheNextAnswerIsFresh()
    {
        var lesson = LessonWriting.PublishedElsewhere;
        var url = CachedQueries.LatestLessons(Callers.IssuesOf(lesson).First());
        var client = factory.CreateClient();
        await client.FetchAsync(url);

        var payload = await factory.ClientFor(CallerKind.Committee).UpdateAsync(new { key = lesson.Key, title = "Een nieuwe titel" });
        var after = await client.FetchAsync(url);

        Assert.Empty(payload.ErrorCodes());
        Assert.Equal("miss", after.Cache);
        Assert.Equal("Een nieuwe titel", after.TitleOf(lesson.Key));
    }

    [Fact]
    public async Task DraftsCachedForTheArena_AreNotServedToThePublic()
    {
        var draft = LessonWriting.DraftOfX;
        var url = CachedQueries.LatestLessons(Callers.X);

        // Each asks twice: the second answer of each comes from the cache, by the exact same URL as the Arena's.
        var arena = await TwiceAsync(factory.ClientFor(CallerKind.ArenaOfX));
        var tribune = await TwiceAsync(factory.ClientFor(CallerKind.TribuneOfX));
        var otherArena = await TwiceAsync(factory.ClientFor(CallerKind.ArenaOfAnotherAtelier));
        var anonymous = await TwiceAsync(factory.CreateClient());

        Assert.All([arena, tribune, otherArena, anonymous], answers => Assert.Equal("hit", answers[1].Cache));
        Assert.All(arena, answer => Assert.Equal(draft.Title, answer.TitleOf(draft.Key)));
        Assert.All([.. tribune, .. otherArena, .. anonymous], answer => Assert.Null(answer.TitleOf(draft.Key)));

        async Task<CachedAnswer[]> TwiceAsync(HttpClient client) => [await client.FetchAsync(url), await client.FetchAsync(url)];
    }
}
