using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Queries;

/// <summary>Relationship fields in both directions agree with graph-seed and with each other.</summary>
public sealed class RelationshipFieldTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryIssue_HasItsTrekkerArenaAndTribuneFromTheSeed()
    {
        var issues = (await _client.QueryDataAsync(
            "{ issues { nodes { key trekker { key } arena { actor { key } mode since } tribune { actor { key } mode } } } }"))
            .GetProperty("issues").GetProperty("nodes").EnumerateArray().ToList();

        Assert.Equal(5, issues.Count);
        foreach (var issue in issues)
        {
            var key = issue.GetProperty("key").GetString()!;
            var participants = SeedGraph.Snapshot.Relationships
                .Where(r => r.Type == RelationshipType.ParticipatesIn && r.To == new NodeRef(NodeKind.Issue, key)).ToList();
            Assert.Equal(
                participants.Where(p => p.Mode == ParticipationMode.Arena).Select(p => p.From.Key).Order(),
                issue.GetProperty("arena").EnumerateArray().Select(p => p.GetProperty("actor").GetProperty("key").GetString()).Order());
            Assert.Equal(
                participants.Where(p => p.Mode == ParticipationMode.Tribune).Select(p => p.From.Key).Order(),
                issue.GetProperty("tribune").EnumerateArray().Select(p => p.GetProperty("actor").GetProperty("key").GetString()).Order());
            Assert.All(issue.GetProperty("arena").EnumerateArray(), p => Assert.Equal("ARENA", p.GetProperty("mode").GetString()));
            Assert.Equal(
                SeedGraph.Snapshot.Relationships.Single(r => r.Type == RelationshipType.Leads && r.To.Key == key).From.Key,
                issue.GetProperty("trekker").GetProperty("key").GetString());
        }
    }

    [Fact]
    public async Task ActorAteliers_ReadsParticipationFromTheOtherSide()
    {
        var bridging = SeedGraph.Snapshot.Relationships
            .Where(r => r.Type == RelationshipType.ParticipatesIn && r.Mode == ParticipationMode.Arena)
            .GroupBy(r => r.From.Key).First(g => g.Count() >= 2);

        var ateliers = (await _client.QueryDataAsync(
            "query($key: String!) { actor(key: $key) { ateliers(mode: ARENA) { issue { key } mode } } }", new { key = bridging.Key }))
            .GetProperty("actor").GetProperty("ateliers").EnumerateArray()
            .Select(p => p.GetProperty("issue").GetProperty("key").GetString()).Order();

        Assert.Equal(bridging.Select(r => r.To.Key).Order(), ateliers);
    }

    [Fact]
    public async Task RegionalLesson_BelongsToTheIssuesOfTheLessonsItWasDerivedFrom()
    {
        var lessons = (await _client.QueryDataAsync(
            "{ lessons(first: 100, where: { scope: [REGIONAL] }) { nodes { key issues { key } derivedFrom { key issues { key } derivedInto { key } } } } }"))
            .GetProperty("lessons").GetProperty("nodes").EnumerateArray().ToList();

        Assert.NotEmpty(lessons);
        foreach (var lesson in lessons)
        {
            var sources = lesson.GetProperty("derivedFrom").EnumerateArray().ToList();
            Assert.NotEmpty(sources);
            var issuesOfSources = sources.SelectMany(s => s.GetProperty("issues").Keys()).ToHashSet();
            Assert.Subset(lesson.GetProperty("issues").Keys().ToHashSet(), issuesOfSources);
            Assert.All(sources, s => Assert.Contains(lesson.GetProperty("key").GetString(), s.GetProperty("derivedInto").Keys()));
        }
    }

    [Fact]
    public async Task RelatedLessons_AreReadInBothDirections()
    {
        var link = SeedGraph.Snapshot.Relationships.First(r => r.Type == RelationshipType.RelatesTo);

        var data = await _client.QueryDataAsync(
            "query($a: String!, $b: String!) { a: lesson(key: $a) { relatedLessons { key } } b: lesson(key: $b) { relatedLessons { key } } }",
            new { a = link.From.Key, b = link.To.Key });

        Assert.Contains(link.To.Key, data.GetProperty("a").GetProperty("relatedLessons").Keys());
        Assert.Contains(link.From.Key, data.GetProperty("b").GetProperty("relatedLessons").Keys());
    }

    [Fact]
    public async Task ConditionLessons_CountsWhatTheLessonFilterCounts()
    {
        var data = await _client.QueryDataAsync(
            """
            { conditions { nodes { key lessons { totalCount } } }
              cohesion: lessons(where: { conditions: [SOCIAL_COHESION] }) { totalCount } }
            """);

        var cohesion = data.GetProperty("conditions").GetProperty("nodes").EnumerateArray()
            .Single(c => c.GetProperty("key").GetString() == "SOCIAL_COHESION");
        Assert.Equal(
            data.GetProperty("cohesion").GetProperty("totalCount").GetInt32(),
            cohesion.GetProperty("lessons").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task IssueLessonsAndPractices_MatchTheSeed()
    {
        const string key = "samen-wonen-in-de-wijk";
        var issue = (await _client.QueryDataAsync(
            "query($key: String!) { issue(key: $key) { practices(first: 100) { nodes { key } } lessons(first: 100) { totalCount } } }",
            new { key })).GetProperty("issue");

        var practices = SeedGraph.Snapshot.Relationships
            .Where(r => r.Type == RelationshipType.PartOf && r.To.Key == key).Select(r => r.From.Key);
        var lessons = SeedGraph.PublishedLessons.Where(l => SeedGraph.Targets(l.Ref, RelationshipType.About).Contains(key));
        Assert.Equal(practices.Order(StringComparer.Ordinal), issue.GetProperty("practices").GetProperty("nodes").Keys().Order(StringComparer.Ordinal));
        Assert.Equal(lessons.Count(), issue.GetProperty("lessons").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task PracticeActors_CarryTheirRole()
    {
        var involves = SeedGraph.Snapshot.Relationships.First(r => r.Type == RelationshipType.Involves && r.Role is not null);

        var actors = (await _client.QueryDataAsync(
            "query($key: String!) { practice(key: $key) { actors { actor { key } role practice { key } } } }", new { key = involves.From.Key }))
            .GetProperty("practice").GetProperty("actors").EnumerateArray().ToList();

        var involvement = actors.Single(a => a.GetProperty("actor").GetProperty("key").GetString() == involves.To.Key);
        Assert.Equal(involves.Role, involvement.GetProperty("role").GetString());
        Assert.Equal(involves.From.Key, involvement.GetProperty("practice").GetProperty("key").GetString());
    }

    [Fact]
    public async Task Filters_CombineFieldsWithAndAndNest()
    {
        var data = await _client.QueryDataAsync(
            """
            { both: lessons(where: { conditions: [SOCIAL_COHESION], levels: [NEIGHBOURHOOD] }) { totalCount }
              nested: lessons(where: { and: [{ conditions: [SOCIAL_COHESION] }, { levels: [NEIGHBOURHOOD] }] }) { totalCount }
              cohesion: lessons(where: { conditions: [SOCIAL_COHESION] }) { totalCount }
              cohesionNotNeighbourhood: lessons(where: { conditions: [SOCIAL_COHESION], not: { levels: [NEIGHBOURHOOD] } }) { totalCount }
              either: lessons(where: { or: [{ scope: [REGIONAL] }, { scope: [NATIONAL] }] }) { totalCount }
              lifted: lessons(where: { scope: [REGIONAL, NATIONAL] }) { totalCount }
              none: lessons(where: { conditions: [] }) { totalCount } }
            """);

        int Count(string alias) => data.GetProperty(alias).GetProperty("totalCount").GetInt32();
        Assert.Equal(Count("both"), Count("nested"));
        Assert.Equal(Count("cohesion"), Count("both") + Count("cohesionNotNeighbourhood"));
        Assert.Equal(Count("lifted"), Count("either"));
        Assert.Equal(0, Count("none"));
        Assert.Equal(
            SeedGraph.PublishedLessons.Count(l => l.Scope is LessonScope.Regional or LessonScope.National), Count("lifted"));
    }

    [Fact]
    public async Task LearnedAfterAndBefore_AreExclusiveBounds()
    {
        var date = SeedGraph.PublishedLessons.Select(l => l.LearnedOn).Order().ElementAt(5);

        var data = await _client.QueryDataAsync(
            "query($d: Date!) { after: lessons(where: { learnedAfter: $d }) { totalCount } before: lessons(where: { learnedBefore: $d }) { totalCount } }",
            new { d = date.ToString("yyyy-MM-dd") });

        Assert.Equal(SeedGraph.PublishedLessons.Count(l => l.LearnedOn > date), data.GetProperty("after").GetProperty("totalCount").GetInt32());
        Assert.Equal(SeedGraph.PublishedLessons.Count(l => l.LearnedOn < date), data.GetProperty("before").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task LessonsOfActor_AreThoseOfThePracticesTheActorIsInvolvedIn()
    {
        var actor = SeedGraph.Snapshot.Relationships.First(r => r.Type == RelationshipType.Involves).To;
        var practices = SeedGraph.Snapshot.Relationships
            .Where(r => r.Type == RelationshipType.Involves && r.To == actor).Select(r => r.From.Key).ToHashSet();
        var expected = SeedGraph.PublishedLessons
            .Count(l => SeedGraph.Targets(l.Ref, RelationshipType.LearnedIn).Overlaps(practices));

        var total = (await _client.QueryDataAsync(
            "query($a: String!) { lessons(where: { actors: [$a] }) { totalCount } }", new { a = actor.Key }))
            .GetProperty("lessons").GetProperty("totalCount").GetInt32();

        Assert.Equal(expected, total);
    }

    [Fact]
    public async Task NamesComeInDutchByDefaultAndEnglishOnRequest()
    {
        var issue = (await _client.QueryDataAsync("""{ issue(key: "armoede-en-schulden") { nl: name en: name(lang: EN) } }"""))
            .GetProperty("issue");
        var seed = SeedGraph.Snapshot.Nodes.OfType<Issue>().Single(i => i.Key == "armoede-en-schulden");

        Assert.Equal(seed.Name.Nl, issue.GetProperty("nl").GetString());
        Assert.Equal(seed.Name.En, issue.GetProperty("en").GetString());
    }
}
