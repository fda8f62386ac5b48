using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Queries;

/// <summary>Relay's node(id), nodes(ids) and lookups by key, for every kind.</summary>
public sealed class NodeQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> KeyLookups => new()
    {
        { "issue", "armoede-en-schulden" },
        { "domain", "wonen" },
        { "actor", SeedGraph.Snapshot.Nodes.OfType<Actor>().First().Key },
        { "practice", SeedGraph.Snapshot.Nodes.OfType<Practice>().First().Key },
        { "lesson", SeedGraph.PublishedLessons.First().Key },
    };

    [Theory]
    [MemberData(nameof(KeyLookups))]
    public async Task NodeById_ReturnsTheNodeFoundByKey(string field, string key)
    {
        var byKey = (await _client.QueryDataAsync($$"""query($key: String!) { {{field}}(key: $key) { id key } }""", new { key }))
            .GetProperty(field);
        var id = byKey.GetProperty("id").GetString();

        var byId = (await _client.QueryDataAsync("query($id: ID!) { node(id: $id) { id __typename ... on Issue { key } ... on Domain { key } ... on Actor { key } ... on Practice { key } ... on Lesson { key } } }", new { id }))
            .GetProperty("node");

        Assert.Equal(key, byKey.GetProperty("key").GetString());
        Assert.Equal(id, byId.GetProperty("id").GetString());
        Assert.Equal(key, byId.GetProperty("key").GetString());
        Assert.Equal(field, byId.GetProperty("__typename").GetString(), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ConditionAndLevelLookups_TakeTheirEnums()
    {
        var data = await _client.QueryDataAsync(
            "{ condition(key: SOCIAL_COHESION) { key name en: name(lang: EN) } level(key: NEIGHBOURHOOD) { key ordinal name } }");

        Assert.Equal("SOCIAL_COHESION", data.GetProperty("condition").GetProperty("key").GetString());
        Assert.Equal("Social cohesion", data.GetProperty("condition").GetProperty("en").GetString(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(5, data.GetProperty("level").GetProperty("ordinal").GetInt32());
    }

    [Fact]
    public async Task Nodes_ReturnsNodesInOrderWithNullForUnknownIds()
    {
        var ids = (await _client.QueryDataAsync("{ conditions { nodes { id } } }"))
            .GetProperty("conditions").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("id").GetString()!).Reverse().ToList();
        var unknown = GlobalId.Of(new NodeRef(NodeKind.Lesson, "bestaat-niet"));

        var nodes = (await _client.QueryDataAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = ids.Append(unknown).ToList() }))
            .GetProperty("nodes").EnumerateArray().ToList();

        Assert.Equal(ids, nodes.Take(ids.Count).Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[^1].ValueKind);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("Tm9wZTpub3Bl")]
    [InlineData("")]
    public async Task Node_WithAnIdNotIssuedByTheApi_FailsWithInvalidId(string id)
    {
        var body = await _client.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal("INVALID_ID", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task EveryKindHasAConnectionWithTotalCount()
    {
        var data = await _client.QueryDataAsync(
            "{ issues { totalCount } conditions { totalCount } levels { totalCount } domains { totalCount } actors { totalCount } practices { totalCount } lessons { totalCount } }");

        Assert.Equal(SeedGraph.Snapshot.Nodes.Count(n => n.Kind == NodeKind.Issue), data.GetProperty("issues").GetProperty("totalCount").GetInt32());
        Assert.Equal(4, data.GetProperty("conditions").GetProperty("totalCount").GetInt32());
        Assert.Equal(8, data.GetProperty("levels").GetProperty("totalCount").GetInt32());
        Assert.Equal(SeedGraph.Snapshot.Nodes.Count(n => n.Kind == NodeKind.Domain), data.GetProperty("domains").GetProperty("totalCount").GetInt32());
        Assert.Equal(SeedGraph.Snapshot.Nodes.Count(n => n.Kind == NodeKind.Actor), data.GetProperty("actors").GetProperty("totalCount").GetInt32());
        Assert.Equal(SeedGraph.Snapshot.Nodes.Count(n => n.Kind == NodeKind.Practice), data.GetProperty("practices").GetProperty("totalCount").GetInt32());
        Assert.Equal(SeedGraph.PublishedLessons.Count(), data.GetProperty("lessons").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Levels_ComeInTheSourcesOrder()
    {
        var keys = (await _client.QueryDataAsync("{ levels { nodes { key } } }")).GetProperty("levels").GetProperty("nodes").Keys();

        Assert.Equal(EnumNames.AllConstants<LevelKey>(), keys);
    }
}
