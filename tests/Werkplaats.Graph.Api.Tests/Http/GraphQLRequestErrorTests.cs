using System.Net;
using Snapshooter;
using Snapshooter.Xunit;
using static Werkplaats.Graph.Api.Tests.GraphQLHttp;

namespace Werkplaats.Graph.Api.Tests.Http;

/// <summary>Requests that are not well-formed, or not allowed, get the spec's status and a GraphQL error with a code.</summary>
public sealed class GraphQLRequestErrorTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_Mutation_Is405AllowingPost()
    {
        using var response = await _client.SendAsync(Get("mutation { level(key: INDIVIDUAL) { ordinal } }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(["METHOD_NOT_ALLOWED"], await response.ReadErrorCodesAsync());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_Are405AllowingGetAndPost(string method)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
        Assert.Equal(["METHOD_NOT_ALLOWED"], await response.ReadErrorCodesAsync());
    }

    [Fact]
    public async Task Head_Is405()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Post_OtherContentType_Is415(string contentType)
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ level(key: INDIVIDUAL) { ordinal } }"}""", contentType: contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], await response.ReadErrorCodesAsync());
    }

    [Fact]
    public async Task Post_WithoutContentType_Is415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent("{}"u8.ToArray()) };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_AcceptingOnlyHtml_Is406InJson()
    {
        using var response = await _client.SendAsync(PostQuery("{ level(key: INDIVIDUAL) { ordinal } }", accept: "text/html"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(Json, response.MediaType());
        Assert.Equal(["NOT_ACCEPTABLE"], await response.ReadErrorCodesAsync());
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task Post_MalformedJson_Is400InvalidJson(string accept)
    {
        using var response = await _client.SendAsync(Post("""{"query": "{ level(key: INDIVIDUAL) { ordinal } }" """, accept));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(accept, response.MediaType());
        Snapshot.Match(await response.Content.ReadAsStringAsync(), SnapshotNameExtension.Create(accept.Replace('/', '-')));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"{ level(key: INDIVIDUAL) { ordinal } }\"")]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"query": "{ level(key: INDIVIDUAL) { ordinal } }", "operationName": 1}""")]
    [InlineData("""{"query": "{ level(key: INDIVIDUAL) { ordinal } }", "extensions": []}""")]
    public async Task Post_MalformedParameters_Is400InvalidRequest(string body)
    {
        using var response = await _client.SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["INVALID_REQUEST"], await response.ReadErrorCodesAsync());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"query": null}""")]
    [InlineData("""{"query": " "}""")]
    [InlineData("""{"qeury": "{ level(key: INDIVIDUAL) { ordinal } }"}""")]
    public async Task Post_WithoutQuery_Is400MissingQuery(string body)
    {
        using var response = await _client.SendAsync(Post(body, accept: Json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["MISSING_QUERY"], await response.ReadErrorCodesAsync());
    }

    [Fact]
    public async Task Get_WithoutQuery_Is400MissingQuery()
    {
        using var response = await _client.GetAsync("/graphql");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["MISSING_QUERY"], await response.ReadErrorCodesAsync());
    }

    [Theory]
    [InlineData("[7]")]
    [InlineData("\"name\"")]
    [InlineData("3")]
    public async Task Post_VariablesNotAnObject_Is400InvalidVariables(string variables)
    {
        using var response = await _client.SendAsync(Post($$"""{"query": "{ level(key: INDIVIDUAL) { ordinal } }", "variables": {{variables}}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["INVALID_VARIABLES"], await response.ReadErrorCodesAsync());
    }

    [Theory]
    [InlineData("[7]", "INVALID_VARIABLES")]
    [InlineData("{name", "INVALID_JSON")]
    public async Task Get_BadVariables_Is400(string variables, string code)
    {
        using var response = await _client.SendAsync(Get("{ level(key: INDIVIDUAL) { ordinal } }", variables));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([code], await response.ReadErrorCodesAsync());
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Is413()
    {
        var padding = new string(' ', 101 * 1024);

        using var response = await _client.SendAsync(Post($$"""{"query": "{ level(key: INDIVIDUAL) { ordinal } }"{{padding}}}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["REQUEST_TOO_LARGE"], await response.ReadErrorCodesAsync());
    }

    // The spec: a document that does not parse or validate is a 400 with graphql-response+json, a 200 with application/json.
    [Theory]
    [InlineData("{ level(key: INDIVIDUAL) { ordinal }", GraphQLResponse, HttpStatusCode.BadRequest, "SYNTAX_ERROR")]
    [InlineData("{ level(key: INDIVIDUAL) { ordinal }", Json, HttpStatusCode.OK, "SYNTAX_ERROR")]
    [InlineData("{ nope }", GraphQLResponse, HttpStatusCode.BadRequest, "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("{ nope }", Json, HttpStatusCode.OK, "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("query ($n: String) { level(key: INDIVIDUAL) { ordinal } }", GraphQLResponse, HttpStatusCode.BadRequest, "NO_UNUSED_VARIABLES")]
    public async Task Post_InvalidDocument_HasTheSpecsStatusPerMediaType(
        string query, string accept, HttpStatusCode status, string code)
    {
        using var response = await _client.SendAsync(PostQuery(query, accept));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(accept, response.MediaType());
        Assert.Equal([code], await response.ReadErrorCodesAsync());
        Assert.False((await response.ReadJsonAsync()).TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Post_MissingVariable_Is400WithACode()
    {
        using var response = await _client.SendAsync(PostQuery("query ($name: String!) { __type(name: $name) { name } }"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await response.ReadErrorCodesAsync(), code => !string.IsNullOrEmpty(code));
    }
}
