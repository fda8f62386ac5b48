using System.Net;

namespace Werkplaats.Graph.Api.Tests.Health;

public sealed class UnreachableStoreHealthTests(UnreachableStoreApiFactory factory) : IClassFixture<UnreachableStoreApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Readyz_WhenTheStoreCannotBeReached_Is503NamingTheProblem()
    {
        using var response = await _client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        var check = body.GetProperty("checks")[0];
        Assert.Equal("graphStore", check.GetProperty("name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(check.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Healthz_WhenTheStoreCannotBeReached_IsStillHealthy()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
