using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Queries;

/// <summary>Drafts stay in the Arena: the public sees published lessons only, on every read path.</summary>
public sealed class DraftVisibilityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static Lesson Draft => SeedGraph.Lessons.First(l => l.Status == PublicationStatus.Draft);

    [Fact]
    public async Task DraftByKey_IsNull()
    {
        var data = await _client.QueryDataAsync("query($key: String!) { lesson(key: $key) { key } }", new { key = Draft.Key });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("lesson").ValueKind);
    }

    [Fact]
    public async Task DraftById_IsNull()
    {
        var id = GlobalId.Of(Draft.Ref);

        var data = await _client.QueryDataAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Lists_CountsAndRelationshipFields_LeaveDraftsOut()
    {
        var data = await _client.QueryDataAsync(
            """
            { lessons(first: 100) { totalCount nodes { key relatedLessons { key } derivedFrom { key } derivedInto { key } } }
              conditions { nodes { lessons(first: 100) { nodes { key } } } } }
            """);

        var seen = data.GetProperty("lessons").GetProperty("nodes").EnumerateArray()
            .SelectMany(l => new[] { l.GetProperty("key").GetString()! }
                .Concat(l.GetProperty("relatedLessons").Keys())
                .Concat(l.GetProperty("derivedFrom").Keys())
                .Concat(l.GetProperty("derivedInto").Keys()))
            .Concat(data.GetProperty("conditions").GetProperty("nodes").EnumerateArray()
                .SelectMany(c => c.GetProperty("lessons").GetProperty("nodes").Keys()))
            .ToHashSet();
        var drafts = SeedGraph.Lessons.Where(l => l.Status == PublicationStatus.Draft).Select(l => l.Key).ToList();

        Assert.NotEmpty(drafts);
        Assert.Empty(seen.Intersect(drafts));
        Assert.Equal(SeedGraph.PublishedLessons.Count(), data.GetProperty("lessons").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Search_LeavesDraftsOut()
    {
        var words = Draft.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 4 && w.All(char.IsLetter)).Take(3);

        var hits = (await _client.QueryDataAsync(
            "query($text: String!) { search(text: $text, kinds: [LESSON]) { node { ... on Lesson { key } } } }",
            new { text = string.Join(' ', words) })).GetProperty("search").EnumerateArray();

        Assert.DoesNotContain(hits, h => h.GetProperty("node").GetProperty("key").GetString() == Draft.Key);
    }
}
