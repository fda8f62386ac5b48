using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Seed;
using Werkplaats.Graph.Testing;

namespace Werkplaats.Graph.Core.Tests.Seed;

/// <summary>The repository's graph-seed, loaded once for the content tests.</summary>
public sealed class RepositorySeed
{
    public RepositorySeed()
    {
        Result = SeedLoader.Load(SeedGraph.Directory);
        if (Result.Snapshot is { } snapshot)
        {
            About = LessonIssues.Derive(snapshot)
                .GroupBy(about => about.From.Key, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(about => about.To.Key).ToHashSet(), StringComparer.Ordinal);
        }
    }

    public SeedLoadResult Result { get; }

    public GraphSnapshot Snapshot => Result.Snapshot
        ?? throw new InvalidOperationException("graph-seed has problems:\n" + string.Join('\n', Result.Problems));

    /// <summary>The issues each lesson is about (derived ABOUT).</summary>
    public IReadOnlyDictionary<string, HashSet<string>> About { get; } = new Dictionary<string, HashSet<string>>();

    public IEnumerable<T> Nodes<T>()
        where T : GraphNode => Snapshot.Nodes.OfType<T>();

    public IEnumerable<Relationship> Relationships(RelationshipType type, NodeKind fromKind) =>
        Snapshot.Relationships.Where(r => r.Type == type && r.From.Kind == fromKind);

    public IReadOnlySet<string> IssuesOf(string lesson) => About.GetValueOrDefault(lesson) ?? [];
}

/// <summary>What the project promises about the content of graph-seed (see graph-seed/README.md and MODEL.md).</summary>
public sealed class GraphSeedContentTests(RepositorySeed seed) : IClassFixture<RepositorySeed>
{
    [Fact]
    public void GraphSeed_HasNoProblems() => Assert.Empty(seed.Result.Problems);

    [Fact]
    public void GraphSeed_HasTheAgendaOf2019AndTheTaxonomies()
    {
        Assert.Equal(5, seed.Nodes<Issue>().Count());
        Assert.Equal(4, seed.Nodes<Condition>().Count());
        Assert.Equal(8, seed.Nodes<Level>().Count());
        Assert.Equal(5, seed.Nodes<Domain>().Count());
    }

    [Fact]
    public void GraphSeed_EveryIssueHasATrekkerAnArenaAndATribune()
    {
        foreach (var issue in seed.Nodes<Issue>())
        {
            Assert.Contains(seed.Relationships(RelationshipType.Leads, NodeKind.Actor), r => r.To == issue.Ref);
            var participants = seed.Relationships(RelationshipType.ParticipatesIn, NodeKind.Actor).Where(r => r.To == issue.Ref).ToList();
            Assert.True(
                participants.Where(r => r.Mode == ParticipationMode.Arena).Select(r => r.From).Distinct().Count() >= 3,
                $"issue '{issue.Key}' needs at least 3 actors in its Arena");
            Assert.True(
                participants.Where(r => r.Mode == ParticipationMode.Tribune).Select(r => r.From).Distinct().Count() >= 2,
                $"issue '{issue.Key}' needs at least 2 actors on its Tribune");
        }
    }

    [Fact]
    public void GraphSeed_HasEnoughPracticesAndLessons()
    {
        Assert.InRange(seed.Nodes<Practice>().Count(), 15, int.MaxValue);
        Assert.InRange(seed.Nodes<Lesson>().Count(), 60, int.MaxValue);
    }

    [Fact]
    public void GraphSeed_EveryConditionAndEveryLevelIsTouchedByALesson()
    {
        var touched = seed.Relationships(RelationshipType.Touches, NodeKind.Lesson).Select(r => r.To).ToHashSet();
        var atLevel = seed.Relationships(RelationshipType.AtLevel, NodeKind.Lesson).Select(r => r.To).ToHashSet();

        Assert.All(seed.Nodes<Condition>(), condition => Assert.Contains(condition.Ref, touched));
        Assert.All(seed.Nodes<Level>(), level => Assert.Contains(level.Ref, atLevel));
    }

    [Fact]
    public void GraphSeed_EveryIssueHasLessonsOnAtLeastThreeConditions()
    {
        var touches = seed.Relationships(RelationshipType.Touches, NodeKind.Lesson).ToList();
        foreach (var issue in seed.Nodes<Issue>())
        {
            var conditions = touches.Where(r => seed.IssuesOf(r.From.Key).Contains(issue.Key)).Select(r => r.To).Distinct();
            Assert.True(conditions.Count() >= 3, $"issue '{issue.Key}' needs lessons on at least 3 conditions");
        }
    }

    [Fact]
    public void GraphSeed_AtLeastFiveRegionalLessonsLiftLocalLessonsOfTwoIssues()
    {
        var localLessons = seed.Nodes<Lesson>().Where(l => l.Scope == LessonScope.Local).Select(l => l.Key).ToHashSet();
        var derivedFrom = seed.Relationships(RelationshipType.DerivedFrom, NodeKind.Lesson).ToList();

        var liftedAcrossIssues = seed.Nodes<Lesson>()
            .Where(lesson => lesson.Scope == LessonScope.Regional)
            .Count(lesson => derivedFrom.Where(r => r.From == lesson.Ref && localLessons.Contains(r.To.Key))
                .SelectMany(r => seed.IssuesOf(r.To.Key))
                .Distinct()
                .Count() >= 2);

        Assert.InRange(liftedAcrossIssues, 5, int.MaxValue);
    }

    [Fact]
    public void GraphSeed_AtLeastEightRelatesToLinksConnectLessonsOfDifferentIssues()
    {
        var acrossIssues = seed.Relationships(RelationshipType.RelatesTo, NodeKind.Lesson)
            .Count(r => !seed.IssuesOf(r.From.Key).Overlaps(seed.IssuesOf(r.To.Key)));

        Assert.InRange(acrossIssues, 8, int.MaxValue);
    }

    [Fact]
    public void GraphSeed_AtLeastThreeLessonsOnSocialCohesionInNeighbourhoods()
    {
        var cohesion = LessonsLinkedTo(RelationshipType.Touches, new NodeRef(NodeKind.Condition, "SOCIAL_COHESION"));
        var neighbourhood = LessonsLinkedTo(RelationshipType.AtLevel, new NodeRef(NodeKind.Level, "NEIGHBOURHOOD"));

        Assert.InRange(cohesion.Intersect(neighbourhood).Count(), 3, int.MaxValue);
    }

    [Fact]
    public void GraphSeed_SomeActorIsOnTheProgrammeCommittee() =>
        Assert.Contains(seed.Nodes<Actor>(), actor => actor.OnProgrammeCommittee);

    private IEnumerable<string> LessonsLinkedTo(RelationshipType type, NodeRef target) =>
        seed.Relationships(type, NodeKind.Lesson).Where(r => r.To == target).Select(r => r.From.Key);
}
