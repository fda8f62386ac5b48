using System.Text.Json;

namespace Werkplaats.Graph.Api.Tests.Queries;

/// <summary>Search across every kind: case- and accent-insensitive, Dutch-friendly.</summary>
public sealed class SearchTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Search = """
        query($text: String!, $kinds: [NodeKind!], $first: Int) {
          search(text: $text, kinds: $kinds, first: $first) {
            score node { __typename id ... on Condition { conditionKey: key } ... on Lesson { key title summary }
                         ... on Practice { key } ... on Issue { key } ... on Actor { key } } } }
        """;

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<List<JsonElement>> SearchAsync(string text, string[]? kinds = null, int first = 100) =>
        [.. (await _client.QueryDataAsync(Search, new { text, kinds, first })).GetProperty("search").EnumerateArray()];

    [Fact]
    public async Task Cohesie_FindsTheConditionSocialCohesion()
    {
        var hits = await SearchAsync("cohesie", ["CONDITION"]);

        Assert.Contains(hits, h => h.GetProperty("node").GetProperty("conditionKey").GetString() == "SOCIAL_COHESION");
    }

    [Fact]
    public async Task UnaccentedWord_FindsTheAccentedText()
    {
        var accented = SeedGraph.PublishedLessons.First(l => (l.Title + " " + l.Summary).Contains("één", StringComparison.Ordinal));

        var hits = await SearchAsync("een", ["LESSON"]);

        Assert.Contains(hits, h => h.GetProperty("node").GetProperty("key").GetString() == accented.Key);
    }

    [Fact]
    public async Task CaseDoesNotMatter()
    {
        var lower = await SearchAsync("eenzaamheid");
        var upper = await SearchAsync("EENZAAMHEID");

        Assert.NotEmpty(lower);
        Assert.Equal(lower.Select(Id), upper.Select(Id));
    }

    [Fact]
    public async Task SeveralWords_AreAllRequired_AndResultsComeBestFirst()
    {
        var both = await SearchAsync("eenzaamheid jongeren");
        var eenzaamheid = (await SearchAsync("eenzaamheid")).Select(Id).ToHashSet();
        var jongeren = (await SearchAsync("jongeren")).Select(Id).ToHashSet();

        Assert.NotEmpty(both);
        Assert.All(both, hit => Assert.True(eenzaamheid.Contains(Id(hit)) && jongeren.Contains(Id(hit))));
        var scores = both.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Kinds_LimitTheResults()
    {
        var hits = await SearchAsync("wijk", ["PRACTICE", "ISSUE"]);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(h.GetProperty("node").GetProperty("__typename").GetString(), new[] { "Practice", "Issue" }));
    }

    [Theory]
    [InlineData("\"cohesie\" OR *")]
    [InlineData(")(")]
    [InlineData("NEAR(a b)")]
    public async Task SearchSyntaxInTheText_IsTakenAsPlainWords(string text)
    {
        var body = await _client.QueryAsync(Search, new { text, first = 5 });

        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
    }

    [Fact]
    public async Task EmptyText_IsAnInvalidArgument()
    {
        var body = await _client.QueryAsync(Search, new { text = "   " });

        Assert.Equal("INVALID_ARGUMENT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task LessonTextFilter_MatchesAsSearchDoes()
    {
        var searched = (await SearchAsync("schulden", ["LESSON"])).Select(h => h.GetProperty("node").GetProperty("key").GetString()!).ToHashSet();

        var filtered = (await _client.QueryDataAsync("""{ lessons(first: 100, where: { text: "schulden" }) { nodes { key } } }"""))
            .GetProperty("lessons").GetProperty("nodes").Keys().ToHashSet();

        Assert.NotEmpty(filtered);
        Assert.Equal(searched, filtered);
    }

    [Fact]
    public void SeedHasAccentedLessonText() =>
        Assert.Contains(SeedGraph.PublishedLessons, l => (l.Title + l.Summary).Contains("één", StringComparison.Ordinal));

    private static string Id(JsonElement hit) => hit.GetProperty("node").GetProperty("id").GetString()!;
}
