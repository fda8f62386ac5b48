using System.Text.Json;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Api.Tests.Queries;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.Tests.Connections;

/// <summary>Paths and neighbourhoods on graph-seed agree with an independent BFS and with the relationship fields.</summary>
public sealed class TraversalTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Relationship = "type from { id } to { id } forward";

    private readonly HttpClient _client = factory.CreateClient();

    private static string Id(NodeRef node) => GlobalId.Of(node);

    /// <summary>The published graph as an undirected edge list, for an independent breadth-first search.</summary>
    private static Dictionary<NodeRef, HashSet<NodeRef>> Adjacency()
    {
        var drafts = SeedGraph.Lessons.Where(l => l.Status == PublicationStatus.Draft).Select(l => l.Ref).ToHashSet();
        var adjacency = new Dictionary<NodeRef, HashSet<NodeRef>>();
        foreach (var r in SeedGraph.Snapshot.Relationships.Where(r => !drafts.Contains(r.From) && !drafts.Contains(r.To)))
        {
            (adjacency.TryGetValue(r.From, out var a) ? a : adjacency[r.From] = []).Add(r.To);
            (adjacency.TryGetValue(r.To, out var b) ? b : adjacency[r.To] = []).Add(r.From);
        }

        return adjacency;
    }

    private static Dictionary<NodeRef, int> Distances(NodeRef from)
    {
        var adjacency = Adjacency();
        var distances = new Dictionary<NodeRef, int> { [from] = 0 };
        var queue = new Queue<NodeRef>([from]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in adjacency.GetValueOrDefault(node, []))
            {
                if (distances.TryAdd(next, distances[node] + 1))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return distances;
    }

    [Fact]
    public async Task Neighbourhood_HoldsExactlyTheNodesWithinTheDepth()
    {
        var lesson = SeedGraph.PublishedLessons.First(l => l.Scope == LessonScope.Local);
        var expected = Distances(lesson.Ref).Where(d => d.Value <= 2).Select(d => Id(d.Key)).Order().ToList();

        var subgraph = (await _client.QueryDataAsync(
            $"query($of: ID!) {{ neighbourhood(of: $of, depth: 2, limit: 1000) {{ truncated nodes {{ id }} relationships {{ {Relationship} }} }} }}",
            new { of = Id(lesson.Ref) })).GetProperty("neighbourhood");

        Assert.False(subgraph.GetProperty("truncated").GetBoolean());
        var ids = subgraph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal<string?>(expected, ids);
        Assert.All(subgraph.GetProperty("relationships").EnumerateArray(), r =>
        {
            Assert.Contains(r.GetProperty("from").GetProperty("id").GetString(), ids);
            Assert.Contains(r.GetProperty("to").GetProperty("id").GetString(), ids);
        });
    }

    [Fact]
    public async Task Neighbourhood_WithALowLimit_SaysItWasTruncated()
    {
        var condition = new NodeRef(NodeKind.Condition, "SOCIAL_COHESION");

        var subgraph = (await _client.QueryDataAsync(
            "query($of: ID!) { neighbourhood(of: $of, depth: 1, limit: 3) { truncated nodes { id } } }", new { of = Id(condition) }))
            .GetProperty("neighbourhood");

        Assert.True(subgraph.GetProperty("truncated").GetBoolean());
        Assert.Equal(3, subgraph.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Paths_AreShortestAndWalkRealRelationships()
    {
        var from = SeedGraph.PublishedLessons.First(l => l.Scope == LessonScope.Local).Ref;
        var distances = Distances(from);
        var to = distances.Where(d => d.Value == 3).Select(d => d.Key).First();

        var paths = (await _client.QueryDataAsync(
            $"query($from: ID!, $to: ID!) {{ paths(from: $from, to: $to, maxLength: 6, first: 20) {{ length nodes {{ id }} relationships {{ {Relationship} }} }} }}",
            new { from = Id(from), to = Id(to) })).GetProperty("paths").EnumerateArray().ToList();

        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            Assert.Equal(3, path.GetProperty("length").GetInt32());
            var nodes = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
            Assert.Equal(nodes.Count, nodes.Distinct().Count());
            Assert.Equal(Id(from), nodes[0]);
            Assert.Equal(Id(to), nodes[^1]);
            var relationships = path.GetProperty("relationships").EnumerateArray().ToList();
            for (var i = 0; i < relationships.Count; i++)
            {
                var r = relationships[i];
                var (start, end) = r.GetProperty("forward").GetBoolean()
                    ? (r.GetProperty("from"), r.GetProperty("to"))
                    : (r.GetProperty("to"), r.GetProperty("from"));
                Assert.Equal(nodes[i], start.GetProperty("id").GetString());
                Assert.Equal(nodes[i + 1], end.GetProperty("id").GetString());
            }
        }

        Assert.Equal(paths.Count, paths.Select(p => p.GetProperty("relationships").GetRawText()).Distinct().Count());
    }

    [Fact]
    public async Task PathsFromANodeToItself_IsOneNodeLong()
    {
        var node = new NodeRef(NodeKind.Issue, "armoede-en-schulden");

        var paths = (await _client.QueryDataAsync(
            "query($id: ID!) { paths(from: $id, to: $id) { length nodes { id } } }", new { id = Id(node) })).GetProperty("paths");

        var path = Assert.Single(paths.EnumerateArray());
        Assert.Equal(0, path.GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task PathsFromAnUnknownNode_IsNodeNotFound()
    {
        var body = await _client.QueryAsync(
            "query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length } }",
            new { a = Id(new NodeRef(NodeKind.Lesson, "bestaat-niet")), b = Id(new NodeRef(NodeKind.Issue, "armoede-en-schulden")) });

        Assert.Equal("NODE_NOT_FOUND", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("paths(from: $a, to: $a, maxLength: 7) { length }", "maxLength", GraphTraversal.MaxPathLength, 7)]
    [InlineData("paths(from: $a, to: $a, first: 0) { length }", "first", GraphTraversal.MaxPaths, 0)]
    [InlineData("neighbourhood(of: $a, depth: 9) { truncated }", "depth", GraphTraversal.MaxDepth, 9)]
    [InlineData("neighbourhood(of: $a, limit: 100000) { truncated }", "limit", GraphTraversal.MaxNodes, 100000)]
    public async Task ArgumentsBeyondTheirCaps_AreInvalid(string field, string argument, int max, int value)
    {
        var body = await _client.QueryAsync($"query($a: ID!) {{ {field} }}", new { a = Id(new NodeRef(NodeKind.Issue, "armoede-en-schulden")) });

        AssertInvalidArgument(body, argument, max, value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(GraphTraversal.MaxLineageDepth + 1)]
    public async Task LineageBeyondItsCap_IsInvalid(int maxDepth)
    {
        var body = await _client.QueryAsync(
            "query($key: String!, $maxDepth: Int) { lesson(key: $key) { lineage(direction: LIFTED_FROM, maxDepth: $maxDepth) { depth } } }",
            new { key = SeedGraph.PublishedLessons.First().Key, maxDepth });

        AssertInvalidArgument(body, "maxDepth", GraphTraversal.MaxLineageDepth, maxDepth);
    }

    [Fact]
    public async Task Lineage_FollowsLiftingBothWays()
    {
        var regional = SeedGraph.PublishedLessons.First(l => l.Scope == LessonScope.Regional);
        var sources = SeedGraph.Targets(regional.Ref, RelationshipType.DerivedFrom);

        var lesson = (await _client.QueryDataAsync(
            """
            query($key: String!) { lesson(key: $key) {
              down: lineage(direction: LIFTED_FROM) { depth lesson { key } reachedFrom { key }
                up: lesson { lineage(direction: LIFTED_INTO, maxDepth: 1) { lesson { key } } } } } }
            """,
            new { key = regional.Key })).GetProperty("lesson");

        var down = lesson.GetProperty("down").EnumerateArray().Where(s => s.GetProperty("depth").GetInt32() == 1).ToList();
        Assert.Equal(sources.Order(), down.Select(s => s.GetProperty("lesson").GetProperty("key").GetString()!).Order());
        Assert.All(down, step =>
        {
            Assert.Equal(regional.Key, step.GetProperty("reachedFrom").GetProperty("key").GetString());
            Assert.Contains(regional.Key, step.GetProperty("up").GetProperty("lineage").EnumerateArray().Select(s => s.GetProperty("lesson").GetProperty("key").GetString()));
        });
    }

    [Fact]
    public async Task NeighbourhoodRelationships_ExistAsRelationshipFields()
    {
        var practice = SeedGraph.Snapshot.Nodes.OfType<Practice>().First();

        var data = await _client.QueryDataAsync(
            """
            query($of: ID!, $key: String!) {
              neighbourhood(of: $of, depth: 1, kinds: [ISSUE, LEVEL]) { relationships { type from { id } to { id } } }
              practice(key: $key) { issues { id } levels { id } } }
            """,
            new { of = Id(practice.Ref), key = practice.Key });

        var viaFields = data.GetProperty("practice").GetProperty("issues").EnumerateArray()
            .Concat(data.GetProperty("practice").GetProperty("levels").EnumerateArray())
            .Select(n => n.GetProperty("id").GetString()).Order().ToList();
        var viaNeighbourhood = data.GetProperty("neighbourhood").GetProperty("relationships").EnumerateArray()
            .Select(r => r.GetProperty("to").GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(viaFields, viaNeighbourhood);
    }

    [Fact]
    public void SeedGraphIsConnectedEnoughForPathTests() =>
        Assert.Contains(Distances(SeedGraph.PublishedLessons.First(l => l.Scope == LessonScope.Local).Ref).Values, d => d == 3);

    /// <summary>The one error clients get for an argument beyond its bounds: its code and a message naming the bounds.</summary>
    private static void AssertInvalidArgument(JsonElement body, string argument, int max, int value)
    {
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal($"{argument} must be between 1 and {max}; it was {value}.", error.GetProperty("message").GetString());
    }
}
