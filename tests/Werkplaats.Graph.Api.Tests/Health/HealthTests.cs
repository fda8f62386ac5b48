using System.Net;
using Snapshooter.Xunit;

namespace Werkplaats.Graph.Api.Tests.Health;

public sealed class HealthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Healthz_IsHealthy()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Snapshot.Match(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_WhenTheStoreIsSeeded_IsHealthy()
    {
        using var response = await _client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks")[0].GetProperty("status").GetString());
    }
}
