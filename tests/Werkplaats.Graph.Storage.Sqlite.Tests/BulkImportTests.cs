using Microsoft.Data.Sqlite;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Tests;

/// <summary>
/// An empty store imports through <see cref="BulkImportWriter"/>; it must answer exactly like a store filled by the
/// upsert path (<see cref="ImportWriter"/>, run directly here) from the same generated snapshot.
/// </summary>
public sealed class BulkImportTests(BulkImportFixture fixture) : IClassFixture<BulkImportFixture>
{
    private static readonly Visibility _public = Visibility.Public;

    private readonly GraphSnapshot _graph = fixture.Graph;
    private readonly IGraphStore _bulk = fixture.Bulk;
    private readonly IGraphStore _upsert = fixture.Upsert;

    [Fact]
    public void Import_EmptyStore_CountsWhatTheUpsertPathCounts()
    {
        Assert.Equal(fixture.UpsertResult, fixture.BulkResult);
        Assert.Equal(new ImportResult(_graph.Nodes.Count, 0, _graph.Relationships.Count), fixture.BulkResult);
    }

    [Fact]
    public async Task Import_EmptyStore_StoresTheSameNodes()
    {
        NodeRef[] refs = [.. _graph.Nodes.Select(n => n.Ref)];

        var nodes = await _bulk.GetNodesAsync(refs, Visibility.Everything, CancellationToken.None);

        Assert.Equal(_graph.Nodes, nodes);
        Assert.Equal(await _upsert.GetNodesAsync(refs, _public, CancellationToken.None), await _bulk.GetNodesAsync(refs, _public, CancellationToken.None));
    }

    [Theory]
    [InlineData(RelationshipType.About, Direction.Outgoing, NodeKind.Issue)]
    [InlineData(RelationshipType.Touches, Direction.Outgoing, NodeKind.Condition)]
    [InlineData(RelationshipType.RelatesTo, Direction.Both, NodeKind.Lesson)]
    [InlineData(RelationshipType.DerivedFrom, Direction.Incoming, NodeKind.Lesson)]
    [InlineData(RelationshipType.LearnedIn, Direction.Outgoing, NodeKind.Practice)]
    public async Task Import_EmptyStore_LinksEveryLessonAlike(RelationshipType type, Direction direction, NodeKind target)
    {
        NodeRef[] lessons = [.. _graph.Nodes.OfType<Lesson>().Select(l => l.Ref)];
        var hop = new Hop(type, direction, target);

        var links = await _bulk.GetLinksAsync(lessons, hop, Visibility.Everything, CancellationToken.None);

        Assert.NotEmpty(links);
        Assert.Equal(await _upsert.GetLinksAsync(lessons, hop, Visibility.Everything, CancellationToken.None), links);
    }

    [Fact]
    public async Task Import_EmptyStore_DerivesAboutAsTheReferenceDoes()
    {
        NodeRef[] lessons = [.. _graph.Nodes.OfType<Lesson>().Select(l => l.Ref)];

        var about = await _bulk.GetLinksAsync(
            lessons, new Hop(RelationshipType.About, Direction.Outgoing, NodeKind.Issue), Visibility.Everything, CancellationToken.None);

        Assert.Equal(
            LessonIssues.Derive(_graph).Select(r => (r.From.Key, r.To.Key)).Order().ToList(),
            about.Select(l => (l.Source.Key, l.Target.Key)).Order().ToList());
    }

    [Fact]
    public async Task Import_EmptyStore_FiltersAndCountsAlike()
    {
        var filter = new NodeFilter.AllOf(
        [
            new NodeFilter.Related([new(RelationshipType.Touches, Direction.Outgoing, NodeKind.Condition)], ["SOCIAL_COHESION"]),
            new NodeFilter.Related([new(RelationshipType.AtLevel, Direction.Outgoing, NodeKind.Level)], ["NEIGHBOURHOOD"]),
        ]);
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            var query = new NodeQuery(kind, kind == NodeKind.Lesson ? filter : NodeFilter.Everything, NodeOrder.Natural, 20, null, _public);

            var page = await _bulk.FindNodesAsync(query, CancellationToken.None);

            Assert.True(page.TotalCount > 0, $"{kind}");
            Assert.Equivalent(await _upsert.FindNodesAsync(query, CancellationToken.None), page, strict: true);
        }
    }

    [Theory]
    [InlineData("eenzaamheid")]
    [InlineData("buurthuis bewoners")]
    [InlineData("hatert")]
    public async Task Import_EmptyStore_SearchesAlike(string text)
    {
        var query = new SearchQuery(text, [], 50, _public);

        var hits = await _bulk.SearchAsync(query, CancellationToken.None);

        Assert.NotEmpty(hits);
        Assert.Equal(await _upsert.SearchAsync(query, CancellationToken.None), hits);
    }

    [Fact]
    public async Task Import_AgainAfterBulk_TakesTheUpsertPathAndChangesNothing()
    {
        var again = await _bulk.ImportAsync(_graph, CancellationToken.None);

        Assert.True(again.ChangedNothing, $"{again}");
        Assert.Equal(await CountRowsAsync(fixture.UpsertFolder), await CountRowsAsync(fixture.BulkFolder));
    }

    [Fact]
    public async Task Import_SnapshotWithDuplicates_KeepsTheLastOfEachAsTheUpsertPathDoes()
    {
        var lesson = _graph.Nodes.OfType<Lesson>().First();
        var participation = _graph.Relationships.First(r => r.Type == RelationshipType.ParticipatesIn);
        var snapshot = new GraphSnapshot(
            [.. _graph.Nodes, lesson with { Title = "Een nieuwe titel" }],
            [.. _graph.Relationships, participation with { Since = new DateOnly(2030, 1, 1) }]);
        var folder = new SqliteStoreFolder();
        var upsertFolder = new SqliteStoreFolder();
        try
        {
            var store = await folder.OpenStoreAsync();
            await upsertFolder.OpenStoreAsync();

            var result = await store.ImportAsync(snapshot, CancellationToken.None);

            Assert.Equal(await BulkImportFixture.UpsertAsync(upsertFolder, snapshot), result);
            var stored = await store.GetNodesAsync([lesson.Ref], _public, CancellationToken.None);
            Assert.Equal("Een nieuwe titel", ((Lesson)stored.Single()).Title);
            var participations = await store.GetLinksAsync(
                [participation.From], new Hop(RelationshipType.ParticipatesIn, Direction.Outgoing, NodeKind.Issue), _public, CancellationToken.None);
            Assert.Contains(participations, l => l.Relationship == participation with { Since = new DateOnly(2030, 1, 1) });
        }
        finally
        {
            await folder.DeleteAsync();
            await upsertFolder.DeleteAsync();
        }
    }

    /// <summary>Rows per table, the search index included: both paths must leave the same amount behind.</summary>
    private static async Task<string> CountRowsAsync(SqliteStoreFolder folder)
    {
        await using var connection = new SqliteConnection(folder.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT (SELECT COUNT(*) FROM Nodes) || '/' || (SELECT COUNT(*) FROM Relationships) || '/' || (SELECT COUNT(*) FROM NodeText)";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
