using System.Text.Json;
using Microsoft.Extensions.Logging;
using Werkplaats.Graph.Api.Tests.Auth;
using Werkplaats.Graph.Api.Tests.Mutations;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>
/// Two API instances on one SQLite file and one real redis-server: they share cached answers through Redis, a write on
/// either is seen by both at once, and while Redis is stopped both keep answering from the store (readiness Degraded,
/// logs saying why) until it is started again and sharing resumes.
/// </summary>
public sealed class SharedRedisTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("werkplaats-graph-shared-").FullName;
    private readonly RedisServer _redis = new();
    private readonly SharedStoreApiFactory _first;
    private readonly SharedStoreApiFactory _second;
    private readonly Lesson _lesson = LessonWriting.PublishedOfX;
    private readonly string _atelier = Callers.X;

    public SharedRedisTests()
    {
        var database = Path.Combine(_folder, "graph.db");
        _first = new SharedStoreApiFactory(database, _redis.ConnectionString);
        _second = new SharedStoreApiFactory(database, _redis.ConnectionString);
        // The first seeds the empty file; the second starts on the seeded one.
        WaitForReadiness(_first, "Healthy");
        WaitForReadiness(_second, "Healthy");
    }

    [Fact]
    public async Task AnAnswerCachedByOneInstance_IsAHitOnTheOther()
    {
        var url = CachedQueries.LatestLessons(_atelier);

        var fromFirst = await _first.CreateClient().FetchAsync(url);
        var fromSecond = await _second.CreateClient().FetchAsync(url);

        Assert.Equal("miss", fromFirst.Cache);
        Assert.Equal("hit", fromSecond.Cache);
        Assert.Equal(fromFirst.Body.GetRawText(), fromSecond.Body.GetRawText());
    }

    [Fact]
    public async Task AWriteOnEitherInstance_IsSeenByBoth_AtOnce()
    {
        var url = CachedQueries.LatestLessons(_atelier);
        await WarmAsync(url);

        await UpdateTitleAsync(_first, "Titel na schrijven op de eerste");
        await AssertBothSeeAsync(url, "Titel na schrijven op de eerste");

        await UpdateTitleAsync(_second, "Titel na schrijven op de tweede");
        await AssertBothSeeAsync(url, "Titel na schrijven op de tweede");
    }

    [Fact]
    public async Task WhileRedisIsDown_BothAnswerFromTheStore_ReportDegraded_AndSeeWrites_ThenShareAgainWhenItIsBack()
    {
        var url = CachedQueries.LatestLessons(_atelier);
        await WarmAsync(url);

        _redis.Stop();
        WaitForReadiness(_first, "Degraded");
        WaitForReadiness(_second, "Degraded");
        var readiness = await ReadinessAsync(_first);
        await UpdateTitleAsync(_first, "Geschreven terwijl Redis weg was");
        await AssertBothSeeAsync(url, "Geschreven terwijl Redis weg was");

        Assert.Contains($"Redis at {_redis.ConnectionString} is down", readiness.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(_first.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains($"Redis at {_redis.ConnectionString} is down", StringComparison.Ordinal));

        _redis.Start();
        WaitForReadiness(_first, "Healthy");
        WaitForReadiness(_second, "Healthy");
        var another = CachedQueries.LatestLessons(_atelier, first: 3);
        var fromFirst = await _first.CreateClient().FetchAsync(another);
        var fromSecond = await _second.CreateClient().FetchAsync(another);

        Assert.Equal(("miss", "hit"), (fromFirst.Cache, fromSecond.Cache));
        Assert.Contains(_first.Logs.Entries, e => e.Message.Contains($"Redis at {_redis.ConnectionString} is back", StringComparison.Ordinal));
    }

    /// <summary>Both instances have the answer cached (the second from Redis), so a stale answer would be at hand.</summary>
    private async Task WarmAsync(string url)
    {
        Assert.Equal(200, (await _first.CreateClient().FetchAsync(url)).Status);
        Assert.Equal(200, (await _second.CreateClient().FetchAsync(url)).Status);
        Assert.Equal("hit", (await _second.CreateClient().FetchAsync(url)).Cache);
    }

    private async Task AssertBothSeeAsync(string url, string title)
    {
        foreach (var instance in new[] { _first, _second })
        {
            var answer = await instance.CreateClient().FetchAsync(url);
            Assert.Equal(200, answer.Status);
            Assert.Equal(title, answer.TitleOf(_lesson.Key));
        }
    }

    private async Task UpdateTitleAsync(SharedStoreApiFactory instance, string title)
    {
        var payload = await instance.ClientFor(CallerKind.Committee).UpdateAsync(new { key = _lesson.Key, title });
        Assert.Empty(payload.ErrorCodes());
    }

    private static async Task<JsonElement> ReadinessAsync(ApiFactory instance) =>
        JsonSerializer.Deserialize<JsonElement>(await instance.CreateClient().GetStringAsync("/readyz"));

    /// <summary>Redis connects and reconnects in the background: wait (bounded) until readiness says so.</summary>
    private static void WaitForReadiness(ApiFactory instance, string status) =>
        RedisServer.WaitUntil(
            () => ReadinessAsync(instance).GetAwaiter().GetResult().GetProperty("status").GetString() == status,
            $"readiness never became {status}");

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        _redis.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
