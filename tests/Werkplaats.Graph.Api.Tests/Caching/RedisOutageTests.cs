namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>
/// The redis-server process of two API processes is stopped mid-run and started again: while it is away both keep
/// answering from the store, report Degraded and log why; once it is back they share through it again. The instances
/// are this class's own, so stopping Redis touches no other test.
/// </summary>
public sealed class RedisOutageTests(TwoApiInstances instances) : IClassFixture<TwoApiInstances>
{
    [Fact]
    public async Task WhileRedisIsDown_BothAnswerFromTheStore_ReportDegraded_AndSeeWrites_ThenShareAgainWhenItIsBack()
    {
        var url = CachedQueries.LatestLessons(Auth.Callers.X);
        var down = $"Redis at {instances.Redis.ConnectionString} is down";
        var back = $"Redis at {instances.Redis.ConnectionString} is back";
        await instances.WarmAsync(url);
        Assert.DoesNotContain(instances.Both, instance => instance.Logged("warn", down));

        instances.Redis.Stop();
        foreach (var instance in instances.Both)
        {
            await TwoApiInstances.WaitForReadinessAsync(instance, "Degraded");
            Assert.Contains(down, (await TwoApiInstances.ReadinessAsync(instance)).GetRawText(), StringComparison.Ordinal);
            await WaitForLogAsync(instance, "warn", down);
        }

        await instances.UpdateTitleAsync(instances.First, "Geschreven terwijl Redis weg was");
        await instances.AssertBothSeeAsync(url, "Geschreven terwijl Redis weg was");

        instances.Redis.Start();
        foreach (var instance in instances.Both)
        {
            await TwoApiInstances.WaitForReadinessAsync(instance, "Healthy");
            await WaitForLogAsync(instance, "info", back);
        }

        var another = CachedQueries.LatestLessons(Auth.Callers.X, first: 3);
        var fromFirst = await instances.First.CreateClient().FetchAsync(another);
        var fromSecond = await instances.Second.CreateClient().FetchAsync(another);

        Assert.Equal(("miss", "hit"), (fromFirst.Cache, fromSecond.Cache));
        Assert.Equal(fromFirst.Body.GetRawText(), fromSecond.Body.GetRawText());
    }

    /// <summary>The console logger writes in the background: wait (bounded) for the line, fail with the output if it never comes.</summary>
    private static Task WaitForLogAsync(ApiProcess instance, string level, string text) =>
        instance.WaitUntilAsync(() => Task.FromResult(instance.Logged(level, text)), $"No '{level}' log line with '{text}'");
}
