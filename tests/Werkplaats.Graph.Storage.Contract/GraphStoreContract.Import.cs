using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Import_EmptyStore_CountsEveryNodeAndRelationshipCreated()
    {
        var result = await ImportGraphAsync();

        Assert.Equal(new ImportResult(Nodes.Count, 0, Relationships.Count, 0), result);
    }

    [Fact]
    public async Task Import_ThenGetNodes_ReturnsEveryNodeWithAllProperties()
    {
        await ImportGraphAsync();

        var nodes = await Store.GetNodesAsync([.. Nodes.Select(n => n.Ref)], Visibility.Everything, None);

        Assert.Equal(Nodes, nodes);
    }

    [Fact]
    public async Task Import_SameSnapshotTwice_ChangesNothingTheSecondTime()
    {
        await ImportGraphAsync();

        var second = await ImportGraphAsync();

        Assert.True(second.ChangedNothing, second.ToString());
    }

    [Fact]
    public async Task Import_OneChangedProperty_CountsOneNodeUpdated()
    {
        await ImportGraphAsync();
        var lesson = Lessons.First() with { Summary = "Een nieuwe samenvatting." };

        var result = await Store.ImportAsync(new GraphSnapshot([.. Nodes.Select(n => n.Ref == lesson.Ref ? lesson : n)], Relationships), None);

        Assert.Equal(new ImportResult(0, 1, 0, 0), result);
        Assert.Equal(lesson, Assert.Single(await Store.GetNodesAsync([lesson.Ref], Visibility.Everything, None)));
    }

    [Fact]
    public async Task Import_ChangedRelationshipProperty_CountsOneRelationshipUpdated()
    {
        await ImportGraphAsync();
        var changed = Relationships.First(r => r.Type == RelationshipType.Involves) with { Role = "opdrachtgever" };

        var result = await Store.ImportAsync(new GraphSnapshot([], [changed]), None);

        Assert.Equal(new ImportResult(0, 0, 0, 1), result);
        var link = Assert.Single(await Store.GetLinksAsync([changed.From], new(changed.Type, Direction.Outgoing, changed.To.Kind), Visibility.Everything, None));
        Assert.Equal(changed, link.Relationship);
    }

    [Fact]
    public async Task Import_RelationshipToStoredNodes_CreatesOnlyTheRelationship()
    {
        await ImportGraphAsync();
        var relationship = new Relationship(RelationshipType.RelatesTo, Lesson("jongeren-sport"), Lesson("samen-wandelen"));

        var result = await Store.ImportAsync(new GraphSnapshot([], [relationship]), None);

        Assert.Equal(new ImportResult(0, 0, 1, 0), result);
    }

    [Fact]
    public async Task Import_DanglingRelationship_ThrowsNotFoundAndWritesNothing()
    {
        var dangling = new Relationship(RelationshipType.LearnedIn, Lessons.First().Ref, Practice("bestaat-niet"));

        var error = await Assert.ThrowsAsync<GraphStoreException>(
            () => Store.ImportAsync(new GraphSnapshot(Nodes, [.. Relationships, dangling]), None));

        Assert.Equal(StoreErrorKind.NotFound, error.ErrorKind);
        Assert.Equal(0, (await Store.GetStatusAsync(None)).NodeCount);
    }

    [Fact]
    public async Task Import_DerivedAboutRelationship_IsRejected()
    {
        var about = new Relationship(RelationshipType.About, Lessons.First().Ref, Issue(Poverty));

        await Assert.ThrowsAsync<ArgumentException>(() => Store.ImportAsync(new GraphSnapshot(Nodes, [about]), None));

        Assert.Equal(0, (await Store.GetStatusAsync(None)).NodeCount);
    }

    [Fact]
    public async Task Initialize_Again_KeepsTheData()
    {
        await ImportGraphAsync();

        await Store.InitializeAsync(None);

        Assert.Equal(Nodes.Count, (await Store.GetStatusAsync(None)).NodeCount);
    }

    [Fact]
    public async Task GetStatus_EmptyStore_IsReachableAndNotSeeded()
    {
        var status = await Store.GetStatusAsync(None);

        Assert.Equal(new StoreStatus(true, false, 0, null), status);
    }

    [Fact]
    public async Task GetStatus_AfterImport_IsSeededWithTheNodeCount()
    {
        await ImportGraphAsync();

        var status = await Store.GetStatusAsync(None);

        Assert.Equal(new StoreStatus(true, true, Nodes.Count, null), status);
    }

    [Fact]
    public async Task GetNodes_MissingKeys_AreLeftOut()
    {
        await ImportGraphAsync();
        NodeRef[] refs = [Issue(Poverty), Issue("bestaat-niet"), Practice(Poverty), Lesson("keukentafel")];

        var nodes = await Store.GetNodesAsync(refs, Visibility.Everything, None);

        Assert.Equal(["Issue:armoede-en-schulden", "Lesson:keukentafel"], nodes.Select(n => n.Ref.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetNodes_ThousandsOfRefs_ReturnsEveryExistingNode()
    {
        await ImportGraphAsync();
        var refs = Enumerable.Range(0, 3000).Select(i => Lesson($"ontbreekt-{i}")).Concat(Nodes.Select(n => n.Ref)).ToList();

        var nodes = await Store.GetNodesAsync(refs, Visibility.Everything, None);

        Assert.Equal(Nodes.Select(n => n.Ref.ToString()).Order(StringComparer.Ordinal), nodes.Select(n => n.Ref.ToString()).Order(StringComparer.Ordinal));
    }
}
