using System.Text.Json;
using Werkplaats.Graph.Api.Auth;
using Werkplaats.Graph.Api.Tests.Auth;
using Werkplaats.Graph.Api.Tests.Mutations;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>
/// Two API processes as two instances of a deployment: one SQLite file, one signing key and one real redis-server of
/// their own, each process with its own memory cache and logs. Shared per test class; starting it costs seconds.
/// </summary>
public sealed class TwoApiInstances : IDisposable
{
    private readonly string _folder;
    private readonly EmbeddedIssuer _issuer;

    // Started first: when it cannot start, nothing else has been made yet.
    public RedisServer Redis { get; } = new();

    public ApiProcess First { get; }

    public ApiProcess Second { get; }

    public IEnumerable<ApiProcess> Both => [First, Second];

    /// <summary>The published lesson of atelier X whose title the tests change.</summary>
    public Lesson Lesson { get; } = LessonWriting.PublishedOfX;

    public TwoApiInstances()
    {
        _folder = Directory.CreateTempSubdirectory("werkplaats-graph-shared-").FullName;
        try
        {
            var signingKey = Path.Combine(_folder, "signing-key");
            // Created here, before either process starts, so both and the tests' tokens use this one key.
            _issuer = new EmbeddedIssuer(SigningKeyFile.LoadOrCreate(signingKey));
            var settings = new Dictionary<string, string>
            {
                ["ConnectionStrings:Graph"] = $"Data Source={Path.Combine(_folder, "graph.db")}",
                ["ConnectionStrings:Redis"] = Redis.ConnectionString,
                ["Graph:SeedDirectory"] = SeedGraph.Directory,
                ["Auth:SigningKeyPath"] = signingKey,
            };

            // The first seeds the empty file; the second starts on the seeded one, so they never seed it at once.
            First = new ApiProcess(settings, _folder);
            WaitForReadinessAsync(First, "Healthy").GetAwaiter().GetResult();
            Second = new ApiProcess(settings, _folder);
            WaitForReadinessAsync(Second, "Healthy").GetAwaiter().GetResult();
        }
        catch
        {
            Dispose(); // xunit disposes no fixture whose constructor failed
            throw;
        }
    }

    /// <summary>A client of <paramref name="instance"/> with a token of the shared key for the caller.</summary>
    public HttpClient ClientFor(ApiProcess instance, CallerKind kind) =>
        instance.CreateClient().SignedInAs(kind, _issuer);

    /// <summary>Both instances have the answer cached (the second from Redis), so a stale answer would be at hand.</summary>
    public async Task WarmAsync(string url)
    {
        Assert.Equal(200, (await First.CreateClient().FetchAsync(url)).Status);
        Assert.Equal(200, (await Second.CreateClient().FetchAsync(url)).Status);
        Assert.Equal("hit", (await Second.CreateClient().FetchAsync(url)).Cache);
    }

    public async Task AssertBothSeeAsync(string url, string title)
    {
        foreach (var instance in Both)
        {
            var answer = await instance.CreateClient().FetchAsync(url);
            Assert.Equal(200, answer.Status);
            Assert.Equal(title, answer.TitleOf(Lesson.Key));
        }
    }

    public async Task UpdateTitleAsync(ApiProcess instance, string title)
    {
        var payload = await ClientFor(instance, CallerKind.Committee).UpdateAsync(new { key = Lesson.Key, title });
        Assert.Empty(payload.ErrorCodes());
    }

    /// <summary>The readiness report (also when it says 503 Unhealthy).</summary>
    public static async Task<JsonElement> ReadinessAsync(ApiProcess instance)
    {
        using var response = await instance.CreateClient().GetAsync("/readyz");
        return await response.ReadJsonAsync();
    }

    /// <summary>Redis connects and reconnects in the background: wait (bounded) until readiness says so.</summary>
    public static Task WaitForReadinessAsync(ApiProcess instance, string status) =>
        instance.WaitUntilAsync(
            async () => (await ReadinessAsync(instance)).GetProperty("status").GetString() == status,
            $"Readiness of {instance.Address} never became {status}");

    public void Dispose()
    {
        // Null only when the constructor failed before starting them.
        First?.Dispose();
        Second?.Dispose();
        Redis.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
