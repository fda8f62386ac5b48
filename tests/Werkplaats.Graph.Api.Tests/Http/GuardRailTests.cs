using System.Net;
using static Werkplaats.Graph.Api.Tests.GraphQLHttp;

namespace Werkplaats.Graph.Api.Tests.Http;

/// <summary>The default depth (15) and complexity (25000) limits stop bombs and let GraphiQL's introspection through.</summary>
public sealed class GuardRailTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task IntrospectionQueryOfGraphiQL_IsAllowed()
    {
        using var response = await _client.SendAsync(PostQuery(IntrospectionQuery.Text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schema = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.NotEqual(0, schema.GetProperty("types").GetArrayLength());
    }

    [Fact]
    public async Task DepthBomb_IsRefusedNamingTheLimit()
    {
        var nested = string.Concat(Enumerable.Repeat("fields { type { ", 8)) + "name" + new string('}', 16);

        using var response = await _client.SendAsync(PostQuery($$"""{ __type(name: "Query") { {{nested}} } }"""));

        await AssertRefusedAsync(response, "Maximum depth is 18 levels; maximum allowed on this endpoint is 15.");
    }

    [Fact]
    public async Task AliasBomb_IsRefusedNamingTheLimit()
    {
        var aliases = Enumerable.Range(0, 10).Select(index =>
            $"a{index}: lessons(first: 100) {{ nodes {{ conditions {{ lessons(first: 100) {{ nodes {{ title }} }} }} }} }}");

        using var response = await _client.SendAsync(PostQuery($"{{ {string.Join(' ', aliases)} }}"));

        await AssertRefusedAsync(response, "Complexity is 307020; maximum allowed on this endpoint is 25000.");
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string limit)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Contains(limit, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("COMPLEXITY", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
