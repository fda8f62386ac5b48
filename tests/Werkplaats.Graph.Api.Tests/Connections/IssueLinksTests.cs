using Werkplaats.Graph.Api.Tests.Queries;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Connections;

/// <summary>issueLinks evidence is verifiable lesson by lesson, and bridging partners match the seed.</summary>
public sealed class IssueLinksTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string A = "armoede-en-schulden";
    private const string B = "eenzaamheid-en-betekenisvol-contact";

    private readonly HttpClient _client = factory.CreateClient();

    private static HashSet<string> IssuesOf(Lesson lesson) => [.. SeedGraph.Targets(lesson.Ref, RelationshipType.About)];

    [Fact]
    public async Task SharedConditions_HaveLessonsOnBothSides()
    {
        var links = (await _client.QueryDataAsync(
            """
            query($a: String!, $b: String!) { issueLinks(a: $a, b: $b) {
              conditions { condition { key } countInA countInB
                lessonsInA(first: 100) { totalCount nodes { key issues { key } conditions { key } } }
                lessonsInB(first: 100) { totalCount nodes { key issues { key } conditions { key } } } } } }
            """,
            new { a = A, b = B })).GetProperty("issueLinks");

        var expected = Enum.GetValues<ConditionKey>().Select(EnumNames.ToConstant)
            .Where(c => SeedGraph.PublishedLessons.Any(l => IssuesOf(l).Contains(A) && SeedGraph.Targets(l.Ref, RelationshipType.Touches).Contains(c))
                && SeedGraph.PublishedLessons.Any(l => IssuesOf(l).Contains(B) && SeedGraph.Targets(l.Ref, RelationshipType.Touches).Contains(c)))
            .Order(StringComparer.Ordinal);
        var conditions = links.GetProperty("conditions").EnumerateArray().ToList();
        Assert.Equal(expected, conditions.Select(c => c.GetProperty("condition").GetProperty("key").GetString()!));
        foreach (var shared in conditions)
        {
            var key = shared.GetProperty("condition").GetProperty("key").GetString();
            foreach (var (side, issue) in new[] { ("InA", A), ("InB", B) })
            {
                var lessons = shared.GetProperty($"lessons{side}");
                Assert.Equal(shared.GetProperty($"count{side}").GetInt32(), lessons.GetProperty("totalCount").GetInt32());
                Assert.All(lessons.GetProperty("nodes").EnumerateArray(), l =>
                {
                    Assert.Contains(issue, l.GetProperty("issues").Keys());
                    Assert.Contains(key, l.GetProperty("conditions").Keys());
                });
            }
        }
    }

    [Fact]
    public async Task PartnersRelatedLessonsRegionalLessonsAndPractices_AreVerifiable()
    {
        var links = (await _client.QueryDataAsync(
            """
            query($a: String!, $b: String!) { issueLinks(a: $a, b: $b) {
              partners { actor { key } inA { issue { key } mode } inB { issue { key } mode } }
              relatedLessons { inA { key issues { key } relatedLessons { key } } inB { key issues { key } } }
              regionalLessons { key derivedFrom { issues { key } } }
              practices { key issues { key } }
              paths(maxLength: 4, first: 3) { length nodes { id } } } }
            """,
            new { a = A, b = B })).GetProperty("issueLinks");

        var participants = SeedGraph.Snapshot.Relationships.Where(r => r.Type == RelationshipType.ParticipatesIn).ToList();
        var expectedPartners = participants.Where(r => r.To.Key == A).Select(r => r.From.Key)
            .Intersect(participants.Where(r => r.To.Key == B).Select(r => r.From.Key)).Order(StringComparer.Ordinal);
        Assert.Equal(expectedPartners, links.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("actor").GetProperty("key").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(links.GetProperty("partners").EnumerateArray(), p =>
        {
            Assert.Equal(A, p.GetProperty("inA").GetProperty("issue").GetProperty("key").GetString());
            Assert.Equal(B, p.GetProperty("inB").GetProperty("issue").GetProperty("key").GetString());
        });

        Assert.All(links.GetProperty("relatedLessons").EnumerateArray(), pair =>
        {
            Assert.Contains(A, pair.GetProperty("inA").GetProperty("issues").Keys());
            Assert.Contains(B, pair.GetProperty("inB").GetProperty("issues").Keys());
            Assert.Contains(pair.GetProperty("inB").GetProperty("key").GetString(), pair.GetProperty("inA").GetProperty("relatedLessons").Keys());
        });

        Assert.All(links.GetProperty("regionalLessons").EnumerateArray(), lesson =>
        {
            var sourceIssues = lesson.GetProperty("derivedFrom").EnumerateArray().SelectMany(s => s.GetProperty("issues").Keys()).ToHashSet();
            Assert.Contains(A, sourceIssues);
            Assert.Contains(B, sourceIssues);
        });
        Assert.All(links.GetProperty("practices").EnumerateArray(), practice =>
            Assert.Superset(new HashSet<string> { A, B }, practice.GetProperty("issues").Keys().ToHashSet()));
        Assert.NotEmpty(links.GetProperty("paths").EnumerateArray());
    }

    [Fact]
    public async Task RelatedLessonsAcrossTheSeedsAteliers_AreFound()
    {
        var crossing = SeedGraph.Snapshot.Relationships
            .Where(r => r.Type == RelationshipType.RelatesTo)
            .Select(r => (From: SeedGraph.PublishedLessons.FirstOrDefault(l => l.Ref == r.From), To: SeedGraph.PublishedLessons.FirstOrDefault(l => l.Ref == r.To)))
            .Where(p => p.From is not null && p.To is not null)
            .Select(p => (p.From!, p.To!, A: IssuesOf(p.From!).FirstOrDefault(), B: IssuesOf(p.To!).FirstOrDefault(i => !IssuesOf(p.From!).Contains(i))))
            .First(p => p.A is not null && p.B is not null);

        var pairs = (await _client.QueryDataAsync(
            "query($a: String!, $b: String!) { issueLinks(a: $a, b: $b) { relatedLessons { inA { key } inB { key } } } }",
            new { a = crossing.A, b = crossing.B })).GetProperty("issueLinks").GetProperty("relatedLessons").EnumerateArray();

        Assert.Contains(pairs, p => p.GetProperty("inA").GetProperty("key").GetString() == crossing.Item1.Key
            && p.GetProperty("inB").GetProperty("key").GetString() == crossing.Item2.Key);
    }

    [Fact]
    public async Task UnknownAtelier_IsNodeNotFound()
    {
        var body = await _client.QueryAsync("""{ issueLinks(a: "bestaat-niet", b: "armoede-en-schulden") { a { key } } }""");

        Assert.Equal("NODE_NOT_FOUND", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task BridgingPartners_AreTheActorsInTheArenaOfSeveralAteliers()
    {
        var partners = (await _client.QueryDataAsync(
            "{ bridgingPartners(mode: ARENA, minAteliers: 2) { actor { key } count ateliers { issue { key } mode } } }"))
            .GetProperty("bridgingPartners").EnumerateArray().ToList();

        var expected = SeedGraph.Snapshot.Relationships
            .Where(r => r.Type == RelationshipType.ParticipatesIn && r.Mode == ParticipationMode.Arena)
            .GroupBy(r => r.From.Key).Where(g => g.Count() >= 2)
            .ToDictionary(g => g.Key, g => g.Select(r => r.To.Key).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), partners.Select(p => p.GetProperty("actor").GetProperty("key").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(partners, p =>
        {
            var ateliers = p.GetProperty("ateliers").EnumerateArray().Select(a => a.GetProperty("issue").GetProperty("key").GetString()!).ToList();
            Assert.Equal(expected[p.GetProperty("actor").GetProperty("key").GetString()!], ateliers);
            Assert.Equal(ateliers.Count, p.GetProperty("count").GetInt32());
        });
    }

    [Fact]
    public async Task RegionalLessons_ListTheLiftedLessons()
    {
        var total = (await _client.QueryDataAsync("{ regionalLessons(first: 100) { totalCount nodes { scope } } }"))
            .GetProperty("regionalLessons");

        Assert.Equal(SeedGraph.PublishedLessons.Count(l => l.Scope != LessonScope.Local), total.GetProperty("totalCount").GetInt32());
        Assert.All(total.GetProperty("nodes").EnumerateArray(), l => Assert.NotEqual("LOCAL", l.GetProperty("scope").GetString()));
    }
}
