using System.Net;
using System.Text.Json;
using Snapshooter.Xunit;
using static Werkplaats.Graph.Api.Tests.GraphQLHttp;

namespace Werkplaats.Graph.Api.Tests.Http;

public sealed class GraphQLQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_WithoutAccept_AnswersGraphQLResponseJson()
    {
        using var response = await _client.SendAsync(PostQuery("{ level(key: INDIVIDUAL) { ordinal } __typename }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Snapshot.Match(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_AcceptingJson_AnswersApplicationJson()
    {
        using var response = await _client.SendAsync(PostQuery("{ level(key: INDIVIDUAL) { ordinal } }", accept: Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.MediaType());
        Assert.Equal(1, (await response.ReadJsonAsync()).GetProperty("data").GetProperty("level").GetProperty("ordinal").GetInt32());
    }

    [Theory]
    [InlineData("application/json, application/graphql-response+json", Json)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("application/*;q=0.9, application/json;q=0.1", GraphQLResponse)]
    [InlineData("text/html, application/json;charset=utf-8", Json)]
    public async Task Post_NegotiatesTheMediaType(string accept, string expected)
    {
        using var response = await _client.SendAsync(PostQuery("{ level(key: INDIVIDUAL) { ordinal } }", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
    }

    [Fact]
    public async Task Post_WithVariablesAndOperationName_RunsTheNamedOperation()
    {
        const string Query = "query A { level(key: INDIVIDUAL) { ordinal } } query B($name: String!) { __type(name: $name) { name } }";
        var body = JsonSerializer.Serialize(
            new { query = Query, operationName = "B", variables = new { name = "Query" }, extensions = new { } });

        using var response = await _client.SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_Query_AnswersWithData()
    {
        using var response = await _client.SendAsync(
            Get("query ($name: String!) { __type(name: $name) { name } }", variables: """{"name":"Query"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.MediaType());
        Assert.Equal("Query", (await response.ReadJsonAsync()).GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }
}
