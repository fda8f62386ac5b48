using System.Net;
using System.Xml.Linq;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Api.Tests.Queries;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Export;

/// <summary>Neighbourhoods and paths download as the same subgraph the GraphQL fields return.</summary>
public sealed class ExportEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly XNamespace _graphML = "http://graphml.graphdrawing.org/xmlns";

    private readonly HttpClient _client = factory.CreateClient();

    private static string Id(NodeRef node) => GlobalId.Of(node);

    private static NodeRef Lesson => SeedGraph.PublishedLessons.First(l => l.Scope == LessonScope.Local).Ref;

    [Fact]
    public async Task NeighbourhoodAsJson_HoldsTheNodesAndRelationshipsOfTheGraphQLField()
    {
        var viaGraphQL = (await _client.QueryDataAsync(
            "query($of: ID!) { neighbourhood(of: $of, depth: 2, kinds: [LESSON, CONDITION, LEVEL]) { nodes { id } relationships { type } } }",
            new { of = Id(Lesson) })).GetProperty("neighbourhood");

        using var response = await _client.GetAsync($"/export/neighbourhood?of={Id(Lesson)}&depth=2&kinds=LESSON,CONDITION,LEVEL&format=json");
        var export = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            viaGraphQL.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order(),
            export.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order());
        Assert.Equal(viaGraphQL.GetProperty("relationships").GetArrayLength(), export.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task PathsAsGraphML_HoldEveryNodeOfEveryPath()
    {
        var to = new NodeRef(NodeKind.Issue, "samen-wonen-in-de-wijk");
        var paths = (await _client.QueryDataAsync(
            "query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxLength: 4, first: 5) { nodes { id } } }",
            new { a = Id(Lesson), b = Id(to) })).GetProperty("paths");

        using var response = await _client.GetAsync($"/export/paths?from={Id(Lesson)}&to={Id(to)}&maxLength=4&first=5");
        var graphML = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("paths.graphml", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            paths.EnumerateArray().SelectMany(p => p.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString())).Distinct().Order(),
            graphML.Descendants(_graphML + "node").Select(n => (string?)n.Attribute("id")).Order());
    }

    [Theory]
    [InlineData("/export/neighbourhood", HttpStatusCode.BadRequest, "INVALID_ARGUMENT")]
    [InlineData("/export/neighbourhood?of=bogus", HttpStatusCode.BadRequest, "INVALID_ID")]
    [InlineData("/export/neighbourhood?of={lesson}&depth=99", HttpStatusCode.BadRequest, "INVALID_ARGUMENT")]
    [InlineData("/export/neighbourhood?of={lesson}&kinds=LESSONS", HttpStatusCode.BadRequest, "INVALID_ARGUMENT")]
    [InlineData("/export/neighbourhood?of={lesson}&format=csv", HttpStatusCode.BadRequest, "INVALID_ARGUMENT")]
    [InlineData("/export/neighbourhood?of={missing}", HttpStatusCode.NotFound, "NODE_NOT_FOUND")]
    [InlineData("/export/paths?from={lesson}", HttpStatusCode.BadRequest, "INVALID_ARGUMENT")]
    [InlineData("/export/paths?from={lesson}&to={lesson}&maxLength=99", HttpStatusCode.BadRequest, "INVALID_ARGUMENT")]
    public async Task BadRequests_GetAClearError(string url, HttpStatusCode status, string code)
    {
        using var response = await _client.GetAsync(url
            .Replace("{lesson}", Id(Lesson), StringComparison.Ordinal)
            .Replace("{missing}", Id(new NodeRef(NodeKind.Lesson, "bestaat-niet")), StringComparison.Ordinal));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (await response.ReadErrorCodesAsync()).Single());
    }
}
