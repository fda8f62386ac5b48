using System.Text.Json;
using Werkplaats.Graph.Api.Tests.Queries;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Connections;

/// <summary>The social quality matrix agrees with the lesson filter, cell by cell.</summary>
public sealed class MatrixTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Filters =>
    [
        "{}",
        """{ "issues": ["armoede-en-schulden"] }""",
        """{ "scope": ["REGIONAL", "NATIONAL"] }""",
        """{ "text": "wijk" }""",
        """{ "not": { "evidence": ["RESEARCH"] } }""",
    ];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task EveryCell_EqualsTheFilteredLessonCount(string where)
    {
        var filter = JsonSerializer.Deserialize<JsonElement>(where);
        var matrix = (await _client.QueryDataAsync(
            "query($where: LessonFilter) { socialQualityMatrix(where: $where) { total blindSpots cells { condition level count blindSpot } } }",
            new { where = filter })).GetProperty("socialQualityMatrix");
        var cells = matrix.GetProperty("cells").EnumerateArray().ToList();

        Assert.Equal(32, cells.Count);
        foreach (var cell in cells)
        {
            var condition = cell.GetProperty("condition").GetString();
            var level = cell.GetProperty("level").GetString();
            var counted = (await _client.QueryDataAsync(
                "query($where: LessonFilter!) { lessons(where: $where) { totalCount } }",
                new { where = new { and = new object[] { filter, new { conditions = new[] { condition }, levels = new[] { level } } } } }))
                .GetProperty("lessons").GetProperty("totalCount").GetInt32();
            Assert.Equal(counted, cell.GetProperty("count").GetInt32());
            Assert.Equal(counted == 0, cell.GetProperty("blindSpot").GetBoolean());
        }

        Assert.Equal(cells.Count(c => c.GetProperty("count").GetInt32() == 0), matrix.GetProperty("blindSpots").GetInt32());
    }

    [Fact]
    public async Task Totals_CountDistinctLessons()
    {
        var matrix = (await _client.QueryDataAsync(
            "{ socialQualityMatrix { total conditionTotals { condition count } levelTotals { level count } } }"))
            .GetProperty("socialQualityMatrix");

        Assert.Equal(SeedGraph.PublishedLessons.Count(), matrix.GetProperty("total").GetInt32());
        foreach (var row in matrix.GetProperty("conditionTotals").EnumerateArray())
        {
            var key = row.GetProperty("condition").GetString()!;
            Assert.Equal(
                SeedGraph.PublishedLessons.Count(l => SeedGraph.Targets(l.Ref, RelationshipType.Touches).Contains(key)),
                row.GetProperty("count").GetInt32());
        }

        foreach (var column in matrix.GetProperty("levelTotals").EnumerateArray())
        {
            var key = column.GetProperty("level").GetString()!;
            Assert.Equal(
                SeedGraph.PublishedLessons.Count(l => SeedGraph.Targets(l.Ref, RelationshipType.AtLevel).Contains(key)),
                column.GetProperty("count").GetInt32());
        }
    }

    [Fact]
    public async Task CellDrillDown_ListsExactlyTheCellsLessons()
    {
        var cell = (await _client.QueryDataAsync(
            "{ socialQualityMatrix { cells { condition level count lessons(first: 100) { totalCount nodes { conditions { key } levels { key } } } } } }"))
            .GetProperty("socialQualityMatrix").GetProperty("cells").EnumerateArray()
            .First(c => c.GetProperty("count").GetInt32() > 1);

        var lessons = cell.GetProperty("lessons");
        Assert.Equal(cell.GetProperty("count").GetInt32(), lessons.GetProperty("totalCount").GetInt32());
        Assert.All(lessons.GetProperty("nodes").EnumerateArray(), lesson =>
        {
            Assert.Contains(cell.GetProperty("condition").GetString(), lesson.GetProperty("conditions").Keys());
            Assert.Contains(cell.GetProperty("level").GetString(), lesson.GetProperty("levels").Keys());
        });
    }
}
