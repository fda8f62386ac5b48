using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Neo4j.Cypher;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;
using Snooper = Snapshooter.Xunit.Snapshot;

namespace Werkplaats.Graph.Storage.Neo4j.Tests;

/// <summary>The Cypher and parameters of each port method, as snapshots: a change to a statement shows in review.</summary>
public sealed class CypherSnapshotTests
{
    private static readonly Visibility _arena = CatalogueExamples.ArenaOfPoverty;

    [Fact]
    public void Initialize_Bootstrap() => Match(CypherCatalogue.Bootstrap());

    [Fact]
    public void GetStatus_CountNodes() => Match([CypherCatalogue.CountNodes()]);

    [Fact]
    public void GetDataVersion_ReadsTheSingleton() => Match([CypherCatalogue.ReadDataVersion()]);

    [Fact]
    public void GetNodes_PublicAndArena() =>
        Match([CypherCatalogue.GetNodes(NodeKind.Lesson, ["keukentafel", "schaamte"], Visibility.Public), CypherCatalogue.GetNodes(NodeKind.Lesson, ["schaamte"], _arena)]);

    [Fact]
    public void GetNodes_CommitteeAndEverything_DeletedOnlyWithEverything() => Match(
    [
        CypherCatalogue.GetNodes(NodeKind.Lesson, ["schaamte"], CatalogueExamples.Committee),
        CypherCatalogue.GetNodes(NodeKind.Lesson, ["schaamte"], Visibility.Everything),
    ]);

    [Fact]
    public void FindNodes_FilteredPageAfterAPosition_AndItsCount()
    {
        var filter = new NodeFilter.AllOf(
        [
            new NodeFilter.Related([Hops.LessonConditions], ["SOCIAL_COHESION"]),
            new NodeFilter.Related([Hops.LessonPractices, Hops.PracticeIssues], [Loneliness]),
            new NodeFilter.PropertyIn(NodeProperty.Scope, ["LOCAL"]),
            new NodeFilter.DateBetween(NodeProperty.LearnedOn, new DateOnly(2021, 1, 1), null),
            new NodeFilter.Negation(new NodeFilter.TextMatches("Buurtkamer")),
        ]);
        var query = new NodeQuery(NodeKind.Lesson, filter, NodeOrder.NewestFirst, 20, new SortPosition("2022-03-15", "samen-wandelen"), _arena);
        Match([CypherCatalogue.FindPage(query), CypherCatalogue.Count(query)]);
    }

    [Fact]
    public void GetLinks_OutgoingIncomingAndBoth() => Match(
    [
        CypherCatalogue.GetLinks(NodeKind.Lesson, ["keukentafel"], Hops.LessonConditions, Visibility.Public),
        CypherCatalogue.GetLinks(NodeKind.Issue, [Poverty], Hops.IssueParticipants, Visibility.Public),
        CypherCatalogue.GetLinks(NodeKind.Lesson, ["buurtkamer-verbindt"], Hops.LessonRelated, _arena),
    ]);

    [Fact]
    public void GetRelationships_OfTypes() =>
        Match([CypherCatalogue.GetRelationships(NodeKind.Lesson, ["keukentafel"], [RelationshipType.RelatesTo, RelationshipType.DerivedFrom], _arena)]);

    [Fact]
    public void CountPairs_ConditionsByLevels() =>
        Match([CypherCatalogue.CountPairs(NodeKind.Lesson, NodeFilter.Everything, Hops.LessonConditions, Hops.LessonLevels, Visibility.Public)]);

    [Fact]
    public void Search_WordsAndKinds() =>
        Match([CypherCatalogue.Search(new SearchQuery("Eenzaamheid één", [NodeKind.Lesson, NodeKind.Practice], 10, _arena))!]);

    [Fact]
    public void GetAudit_OfLessons() => Match([CypherCatalogue.GetAudit(NodeKind.Lesson, ["samen-koken"])]);

    [Fact]
    public void Import_NodesRelationshipsAndAbout() => Match(
    [
        CypherCatalogue.ImportNodes(NodeKind.Issue, [NodeProperties.From(Node(Issue(Poverty)))]),
        CypherCatalogue.ImportRelationships(
            RelationshipType.ParticipatesIn, NodeKind.Actor, NodeKind.Issue,
            [CatalogueExamples.Row(Contract.ContractGraph.Snapshot.Relationships.First(r => r.Type == RelationshipType.ParticipatesIn))]),
        CypherCatalogue.DeriveAbout(),
    ]);

    [Fact]
    public void Apply_AChangeInOrder() => Match(CatalogueExamples.Writes());

    [Fact]
    public void Apply_RecomputeAbout_FromLessonsAndFromPractices() => Match(
    [
        CypherCatalogue.RecomputeAbout(NodeKind.Lesson, ["keukentafel"]),
        CypherCatalogue.RecomputeAbout(NodeKind.Practice, ["samen-in-de-ooij"]),
    ]);

    [Fact]
    public void GetChangeLog_FirstPageAndAPageBefore() =>
        Match([CypherCatalogue.ReadChangeLog(null, 21), CypherCatalogue.ReadChangeLog(42, 6)]);

    [Fact]
    public void ExportAndRestore_TheCopyCommandsStatements() => Match(CatalogueExamples.Transfer());

    private static void Match(IEnumerable<CypherStatement> statements) =>
        Snooper.Match(statements.Select(s => new { s.Name, s.Text, s.Parameters }).ToList());
}
