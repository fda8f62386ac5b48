using Werkplaats.Graph.Core.Generation;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Tests.Generation;

/// <summary>The generator is deterministic, keeps graph-seed's proportions, and yields only well-formed graphs.</summary>
public sealed class GraphGeneratorTests
{
    private const int Lessons = 4000;

    private static readonly GraphSnapshot _graph = GraphGenerator.Generate(Lessons, seed: 42);

    [Fact]
    public void Generate_SameSizeAndSeed_GivesAnIdenticalSnapshot()
    {
        var again = GraphGenerator.Generate(Lessons, seed: 42);

        Assert.Equal(_graph.Nodes, again.Nodes);
        Assert.Equal(_graph.Relationships, again.Relationships);
    }

    [Fact]
    public void Generate_AnotherSeed_GivesAnotherGraphOfTheSameShape()
    {
        var other = GraphGenerator.Generate(Lessons, seed: 43);

        Assert.NotEqual(_graph.Nodes, other.Nodes);
        Assert.Equal(CountByKind(_graph), CountByKind(other));
    }

    [Fact]
    public void Generate_CountsPerKind_FollowTheProportions()
    {
        var counts = CountByKind(_graph);

        Assert.Equal(Lessons, counts[NodeKind.Lesson]);
        Assert.Equal(Lessons / 4, counts[NodeKind.Practice]);
        Assert.Equal(Lessons / 20, counts[NodeKind.Actor]);
        Assert.Equal(Lessons / 200, counts[NodeKind.Issue]);
        Assert.Equal(4, counts[NodeKind.Condition]);
        Assert.Equal(8, counts[NodeKind.Level]);
        Assert.Equal(5, counts[NodeKind.Domain]);
        Assert.Equal(Lessons / 10, _graph.Relationships.Count(r => r.Type == RelationshipType.RelatesTo));
    }

    [Fact]
    public void Generate_SmallGraph_KeepsTheFiveAteliersOf2019()
    {
        var issues = GraphGenerator.Generate(GraphProportions.MinLessons, seed: 1).Nodes.OfType<Issue>().Select(i => i.Key);

        Assert.Equal(
            ["armoede-en-schulden", "eenzaamheid-en-betekenisvol-contact", "samen-wonen-in-de-wijk",
             "jongeren-inclusie-en-participatie", "evalueren-van-sociale-interventies"],
            issues);
    }

    [Fact]
    public void Generate_EveryLesson_IsTaggedAsTheModelSays()
    {
        var outgoing = _graph.Relationships.ToLookup(r => r.From);

        Assert.All(_graph.Nodes.OfType<Lesson>(), lesson =>
        {
            var links = outgoing[lesson.Ref].ToList();
            Assert.InRange(links.Count(r => r.Type == RelationshipType.Touches), 1, 2);
            Assert.InRange(links.Count(r => r.Type == RelationshipType.AtLevel), 1, 2);
            Assert.InRange(links.Count(r => r.Type == RelationshipType.InDomain), 1, 2);
            var learnedIn = links.Count(r => r.Type == RelationshipType.LearnedIn);
            var derivedFrom = links.Count(r => r.Type == RelationshipType.DerivedFrom);
            if (lesson.Scope == LessonScope.Local)
            {
                Assert.Equal((1, 0), (learnedIn, derivedFrom));
            }
            else
            {
                Assert.Equal(0, learnedIn);
                Assert.InRange(derivedFrom, 2, 4);
            }
        });
    }

    [Fact]
    public void Generate_RegionalLessons_AreAbout5PercentAndLiftLocalLessonsOfDifferentAteliers()
    {
        var about = LessonIssues.Derive(_graph).ToLookup(r => r.From.Key, r => r.To.Key);
        var regional = _graph.Nodes.OfType<Lesson>().Where(l => l.Scope == LessonScope.Regional).ToList();
        var sources = _graph.Relationships.Where(r => r.Type == RelationshipType.DerivedFrom).ToLookup(r => r.From.Key, r => r.To.Key);
        var scopes = _graph.Nodes.OfType<Lesson>().ToDictionary(l => l.Key, l => l.Scope);

        Assert.Equal(Lessons / 20, regional.Count);
        Assert.All(regional, lesson =>
        {
            var lifted = sources[lesson.Key].ToList();
            Assert.All(lifted, source => Assert.Equal(LessonScope.Local, scopes[source]));
            // A shared practice makes a lesson about two ateliers, so the sources span at least one atelier each.
            Assert.True(lifted.SelectMany(source => about[source]).Distinct().Count() >= lifted.Count);
        });
    }

    [Fact]
    public void Generate_Drafts_AreAbout2Percent()
    {
        var drafts = _graph.Nodes.OfType<Lesson>().Count(l => l.Status == PublicationStatus.Draft);

        Assert.InRange(drafts, Lessons / 100, Lessons * 3 / 100);
    }

    [Fact]
    public void Generate_Actors_TrekkersLeadEveryAtelierAndSomeBridgeAteliersInTheArena()
    {
        var participations = _graph.Relationships.Where(r => r.Type == RelationshipType.ParticipatesIn).ToList();

        Assert.Equal(
            _graph.Nodes.OfType<Issue>().Select(i => i.Key).Order(),
            _graph.Relationships.Where(r => r.Type == RelationshipType.Leads).Select(r => r.To.Key).Order());
        Assert.Contains(participations, r => r.Mode == ParticipationMode.Tribune);
        Assert.Contains(
            participations.Where(r => r.Mode == ParticipationMode.Arena).GroupBy(r => r.From),
            arenas => arenas.Count() >= 2);
    }

    [Fact]
    public void Generate_Graph_HasUniqueKeysAndOnlyWellFormedRelationships()
    {
        var refs = _graph.Nodes.Select(n => n.Ref).ToHashSet();

        Assert.Equal(_graph.Nodes.Count, refs.Count);
        Assert.All(_graph.Relationships, r =>
        {
            Assert.Contains(r.From, refs);
            Assert.Contains(r.To, refs);
            Assert.True(RelationshipSchema.Connects(r.Type, r.From.Kind, r.To.Kind), $"{r.Type} {r.From} -> {r.To}");
            Assert.False(RelationshipSchema.IsDerived(r.Type));
        });
        Assert.Equal(
            _graph.Relationships.Count,
            _graph.Relationships.Select(r => (r.Type, r.From, r.To)).Distinct().Count());
    }

    [Fact]
    public void Generate_Lessons_HaveDutchTitlesAndSummariesToSearch()
    {
        Assert.All(_graph.Nodes.OfType<Lesson>(), lesson =>
        {
            Assert.Equal(GraphGenerator.LessonKey(int.Parse(lesson.Key[4..]) - 1), lesson.Key);
            Assert.Contains(' ', lesson.Title);
            Assert.StartsWith("In ", lesson.Summary);
        });
    }

    [Fact]
    public void Generate_TooFewLessons_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphGenerator.Generate(GraphProportions.MinLessons - 1, seed: 1));

    private static Dictionary<NodeKind, int> CountByKind(GraphSnapshot graph) =>
        graph.Nodes.GroupBy(n => n.Kind).ToDictionary(g => g.Key, g => g.Count());
}
