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

        var arena = await factory.ClientFor(CallerKind.ArenaOfX).FetchAsync(url);
        var tribune = await factory.ClientFor(CallerKind.TribuneOfX).FetchAsync(url);
        var anonymous = await factory.CreateClient().FetchAsync(url);

        Assert.Equal(draft.Title, arena.TitleOf(draft.Key));
        Assert.Null(tribune.TitleOf(draft.Key));
        Assert.Null(anonymous.TitleOf(draft.Key));
    }
}
