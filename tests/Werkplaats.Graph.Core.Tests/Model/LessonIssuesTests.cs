using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Tests.Model;

public sealed class LessonIssuesTests
{
    // Ateliers a, b, c; practice p-bc serves two ateliers. Local lessons l-a, l-b, l-bc; r-ab is lifted from l-a and
    // l-b, and n-all is lifted again from r-ab and l-bc.
    private static readonly GraphSnapshot _snapshot = new(
        [
            Lesson("l-a", LessonScope.Local), Lesson("l-b", LessonScope.Local), Lesson("l-bc", LessonScope.Local),
            Lesson("r-ab", LessonScope.Regional), Lesson("n-all", LessonScope.National), Lesson("los", LessonScope.Local),
        ],
        [
            Link(RelationshipType.PartOf, NodeKind.Practice, "p-a", NodeKind.Issue, "a"),
            Link(RelationshipType.PartOf, NodeKind.Practice, "p-b", NodeKind.Issue, "b"),
            Link(RelationshipType.PartOf, NodeKind.Practice, "p-bc", NodeKind.Issue, "c"),
            Link(RelationshipType.PartOf, NodeKind.Practice, "p-bc", NodeKind.Issue, "b"),
            Link(RelationshipType.LearnedIn, NodeKind.Lesson, "l-a", NodeKind.Practice, "p-a"),
            Link(RelationshipType.LearnedIn, NodeKind.Lesson, "l-b", NodeKind.Practice, "p-b"),
            Link(RelationshipType.LearnedIn, NodeKind.Lesson, "l-bc", NodeKind.Practice, "p-bc"),
            Link(RelationshipType.DerivedFrom, NodeKind.Lesson, "r-ab", NodeKind.Lesson, "l-a"),
            Link(RelationshipType.DerivedFrom, NodeKind.Lesson, "r-ab", NodeKind.Lesson, "l-b"),
            Link(RelationshipType.DerivedFrom, NodeKind.Lesson, "n-all", NodeKind.Lesson, "r-ab"),
            Link(RelationshipType.DerivedFrom, NodeKind.Lesson, "n-all", NodeKind.Lesson, "l-bc"),
            Link(RelationshipType.RelatesTo, NodeKind.Lesson, "los", NodeKind.Lesson, "l-a"),
        ]);

    [Fact]
    public void Derive_LocalLesson_IsAboutTheIssuesOfItsPractices()
    {
        var about = IssuesByLesson(LessonIssues.Derive(_snapshot));

        Assert.Equal(["a"], about["l-a"]);
        Assert.Equal(["b", "c"], about["l-bc"]);
    }

    [Fact]
    public void Derive_LiftedTwice_IsAboutTheIssuesOfEveryLessonBelowIt()
    {
        var about = IssuesByLesson(LessonIssues.Derive(_snapshot));

        Assert.Equal(["a", "b"], about["r-ab"]);
        Assert.Equal(["a", "b", "c"], about["n-all"]);
    }

    [Fact]
    public void Derive_RelatesTo_DoesNotMakeALessonAboutAnIssue()
    {
        var relationships = LessonIssues.Derive(_snapshot);

        Assert.DoesNotContain(relationships, r => r.From.Key == "los");
        Assert.All(relationships, r => Assert.Equal(
            (RelationshipType.About, NodeKind.Lesson, NodeKind.Issue), (r.Type, r.From.Kind, r.To.Kind)));
    }

    private static Dictionary<string, string[]> IssuesByLesson(IEnumerable<Relationship> about) =>
        about.GroupBy(r => r.From.Key).ToDictionary(group => group.Key, group => group.Select(r => r.To.Key).ToArray());

    private static Lesson Lesson(string key, LessonScope scope) =>
        new(key, key, key, scope, EvidenceKind.Practice, new DateOnly(2021, 1, 1), PublicationStatus.Published);

    private static Relationship Link(RelationshipType type, NodeKind fromKind, string from, NodeKind toKind, string to) =>
        new(type, new NodeRef(fromKind, from), new NodeRef(toKind, to));
}
