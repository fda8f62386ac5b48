using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace Werkplaats.Graph.Api.Tests.Health;

/// <summary>The API configured for Neo4j (<c>Graph:Store=Neo4j</c>) at a loopback port where nothing listens.</summary>
public sealed class UnreachableNeo4jApiFactory : ApiFactory
{
    public string Neo4jUri { get; } = $"http://127.0.0.1:{ClosedPort()}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Graph:Store", "Neo4j");
        builder.UseSetting("Neo4j:Uri", Neo4jUri);
        builder.UseSetting("Neo4j:User", "neo4j");
        builder.UseSetting("Neo4j:Password", "not-a-real-password");
        builder.UseSetting("Neo4j:TimeoutSeconds", "5");
    }

    /// <summary>A loopback port that was free a moment ago: nothing listens there.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

public sealed class UnreachableNeo4jHealthTests(UnreachableNeo4jApiFactory factory) : IClassFixture<UnreachableNeo4jApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Readyz_WhenNeo4jCannotBeReached_Is503NamingTheAddress()
    {
        using var response = await _client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var check = (await response.ReadJsonAsync()).GetProperty("checks")[0];
        Assert.Contains($"Neo4j cannot be reached at {factory.Neo4jUri}", check.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_WhenNeo4jCannotBeReached_IsStoreUnavailable_WithoutNeo4jDetails()
    {
        using var response = await _client.PostAsync(
            "/graphql", new StringContent("""{"query":"{ lessons(first: 1) { nodes { key } } }"}""", System.Text.Encoding.UTF8, "application/json"));

        var body = await response.ReadJsonAsync();
        var error = body.GetProperty("errors")[0];
        Assert.Equal("STORE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("127.0.0.1", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
