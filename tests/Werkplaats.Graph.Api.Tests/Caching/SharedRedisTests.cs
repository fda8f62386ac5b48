using Werkplaats.Graph.Api.Tests.Auth;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>
/// Two API processes on one SQLite file and one real redis-server share cached answers through Redis, and a write on
/// either is seen by both at once. The tests share the processes, so each asks its own URL (a <c>first</c> of its own):
/// what one test cached is never what another expects to miss.
/// </summary>
public sealed class SharedRedisTests(TwoApiInstances instances) : IClassFixture<TwoApiInstances>
{
    private readonly string _atelier = Callers.X;

    [Fact]
    public async Task AnAnswerCachedByOneInstance_IsAHitOnTheOther()
    {
        var url = CachedQueries.LatestLessons(_atelier, first: 7);

        var fromFirst = await instances.First.CreateClient().FetchAsync(url);
        var fromSecond = await instances.Second.CreateClient().FetchAsync(url);

        Assert.Equal(200, fromFirst.Status);
        Assert.Equal("miss", fromFirst.Cache);
        Assert.Equal("hit", fromSecond.Cache);
        Assert.Equal(fromFirst.Body.GetRawText(), fromSecond.Body.GetRawText());
    }

    [Fact]
    public async Task AWriteOnEitherInstance_IsSeenByBoth_AtOnce()
    {
        var url = CachedQueries.LatestLessons(_atelier);
        await instances.WarmAsync(url);

        await instances.UpdateTitleAsync(instances.First, "Titel na schrijven op de eerste");
        await instances.AssertBothSeeAsync(url, "Titel na schrijven op de eerste");

        await instances.UpdateTitleAsync(instances.Second, "Titel na schrijven op de tweede");
        await instances.AssertBothSeeAsync(url, "Titel na schrijven op de tweede");
    }
}
