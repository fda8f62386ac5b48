using System.Text.Json;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Queries;

/// <summary>The analyst's question, exactly as partners embed it.</summary>
public sealed class AnalystQueryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string LessonsByConditionAndLevel = """
        query LessonsByConditionAndLevel($condition: ConditionKey!, $level: LevelKey!, $first: Int, $after: String) {
          lessons(where: { conditions: [$condition], levels: [$level] }, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { id key title summary scope
              conditions { key name } levels { key name } issues { key name } practices { key name } } }
          }
        }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task LessonsByConditionAndLevel_ReturnsOnlyLessonsTaggedWithBoth()
    {
        var lessons = (await _client.QueryDataAsync(
            LessonsByConditionAndLevel, new { condition = "SOCIAL_COHESION", level = "NEIGHBOURHOOD", first = 100 }))
            .GetProperty("lessons");

        var nodes = lessons.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.True(nodes.Count >= 3, $"expected at least 3 lessons, got {nodes.Count}");
        Assert.All(nodes, node =>
        {
            Assert.Contains("SOCIAL_COHESION", node.GetProperty("conditions").Keys());
            Assert.Contains("NEIGHBOURHOOD", node.GetProperty("levels").Keys());
        });
        Assert.Equal(nodes.Count, lessons.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task LessonsByConditionAndLevel_TotalCountEqualsPagingThroughAllLessonsAndFilteringByHand()
    {
        var byHand = 0;
        string? after = null;
        do
        {
            var page = (await _client.QueryDataAsync(
                """
                query($after: String) { lessons(first: 7, after: $after) {
                  pageInfo { hasNextPage endCursor } nodes { conditions { key } levels { key } } } }
                """,
                new { after })).GetProperty("lessons");
            byHand += page.GetProperty("nodes").EnumerateArray().Count(n =>
                n.GetProperty("conditions").Keys().Contains("SOCIAL_COHESION")
                && n.GetProperty("levels").Keys().Contains("NEIGHBOURHOOD"));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        var totalCount = (await _client.QueryDataAsync(
            LessonsByConditionAndLevel, new { condition = "SOCIAL_COHESION", level = "NEIGHBOURHOOD" }))
            .GetProperty("lessons").GetProperty("totalCount").GetInt32();
        Assert.Equal(byHand, totalCount);
    }

    [Fact]
    public async Task LessonsByConditionAndLevel_PagesCoverEveryLessonOnceInOrder()
    {
        var keys = new List<string>();
        string? after = null;
        int totalCount;
        do
        {
            var lessons = (await _client.QueryDataAsync(
                LessonsByConditionAndLevel, new { condition = "SOCIAL_INCLUSION", level = "GROUP", first = 3, after }))
                .GetProperty("lessons");
            totalCount = lessons.GetProperty("totalCount").GetInt32();
            keys.AddRange(lessons.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()!));
            var pageInfo = lessons.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var expected = SeedGraph.PublishedLessons
            .Where(l => SeedGraph.Targets(l.Ref, RelationshipType.Touches).Contains("SOCIAL_INCLUSION")
                && SeedGraph.Targets(l.Ref, RelationshipType.AtLevel).Contains("GROUP"))
            .OrderByDescending(l => l.LearnedOn).ThenBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => l.Key)
            .ToList();
        Assert.Equal(expected, keys);
        Assert.Equal(expected.Count, totalCount);
    }

    [Fact]
    public async Task LessonsByConditionAndLevel_OverGet_AnswersAsOverPost()
    {
        var variables = new { condition = "SOCIAL_COHESION", level = "NEIGHBOURHOOD", first = 5 };
        var posted = await _client.QueryDataAsync(LessonsByConditionAndLevel, variables);

        using var response = await _client.SendAsync(GraphQLHttp.Get(LessonsByConditionAndLevel, JsonSerializer.Serialize(variables)));
        var fetched = await response.ReadJsonAsync();

        Assert.Equal(posted.GetRawText(), fetched.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task LessonsByConditionAndLevel_FirstPageMatchesSnapshot()
    {
        var data = await _client.QueryDataAsync(
            LessonsByConditionAndLevel, new { condition = "SOCIAL_COHESION", level = "NEIGHBOURHOOD", first = 3 });
        Snapshot.Match(JToken.Parse(data.GetRawText()));
    }
}
