using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task GetRelationships_OfEveryNode_AreTheImportedRelationshipsWithTheirProperties()
    {
        await ImportGraphAsync();

        var relationships = await Store.GetRelationshipsAsync([.. Nodes.Select(n => n.Ref)], null, Visibility.Everything, None);

        Assert.Equal(Sorted(Relationships), Sorted(relationships));
        Assert.Contains(relationships, r => r.Role == "financier");
        Assert.Contains(relationships, r => r.Mode == ParticipationMode.Tribune && r.Since == new DateOnly(2020, 1, 1));
    }

    [Fact]
    public async Task GetRelationships_OfOneNode_AreThoseLeavingAndThoseEnteringIt()
    {
        await ImportGraphAsync();
        var lesson = Lesson("vertrouwen-regionaal");

        var relationships = await Store.GetRelationshipsAsync([lesson], null, Visibility.Everything, None);

        Assert.Equal(Sorted(Touching([lesson], null, Visibility.Everything)), Sorted(relationships));
        Assert.Contains(relationships, r => r.From == lesson);
        Assert.Contains(relationships, r => r.To == lesson);
    }

    [Fact]
    public async Task GetRelationships_OfSomeTypes_LeavesOtherTypesOut()
    {
        await ImportGraphAsync();
        NodeRef[] nodes = [Lesson("buurtkamer-verbindt"), Lesson("keukentafel"), Issue(Loneliness)];
        RelationshipType[] types = [RelationshipType.RelatesTo, RelationshipType.PartOf];

        var relationships = await Store.GetRelationshipsAsync(nodes, types, Visibility.Everything, None);

        Assert.Equal(Sorted(Touching(nodes, types, Visibility.Everything)), Sorted(relationships));
        Assert.Single(relationships, r => r.From == nodes[1] && r.To == nodes[0]);
    }

    [Fact]
    public async Task GetRelationships_About_IsReturnedOnlyWhenAskedForByName()
    {
        await ImportGraphAsync();
        NodeRef[] lessons = [.. Lessons.Select(l => l.Ref)];

        var all = await Store.GetRelationshipsAsync(lessons, null, Visibility.Everything, None);
        var about = await Store.GetRelationshipsAsync(lessons, [RelationshipType.About], Visibility.Everything, None);

        Assert.DoesNotContain(all, r => r.Type == RelationshipType.About);
        Assert.Equal(Sorted(Touching(lessons, [RelationshipType.About], Visibility.Everything)), Sorted(about));
        Assert.NotEmpty(about);
    }

    [Theory]
    [MemberData(nameof(Visibilities))]
    public async Task GetRelationships_ToOrFromDrafts_AreReturnedOnlyToCallersWhoMaySeeBothEnds(string caller)
    {
        await ImportGraphAsync();
        var visibility = VisibilityCases[caller];
        NodeRef[] nodes = [.. Nodes.Select(n => n.Ref)];

        var relationships = await Store.GetRelationshipsAsync(nodes, null, visibility, None);

        Assert.Equal(Sorted(Touching(nodes, null, visibility)), Sorted(relationships));
    }

    [Fact]
    public async Task GetRelationships_UnknownNodes_AreIgnored()
    {
        await ImportGraphAsync();
        NodeRef[] nodes = [Lesson("no-such-lesson"), Issue("keukentafel"), Lesson("keukentafel")];

        var relationships = await Store.GetRelationshipsAsync(nodes, null, Visibility.Everything, None);

        Assert.Equal(Sorted(Touching([Lesson("keukentafel")], null, Visibility.Everything)), Sorted(relationships));
    }

    [Fact]
    public async Task GetRelationships_NoNodes_ReturnsNothing()
    {
        await ImportGraphAsync();

        Assert.Empty(await Store.GetRelationshipsAsync([], null, Visibility.Everything, None));
    }

    /// <summary>The relationships of the types (stored ones when null) that touch a node, both ends visible.</summary>
    private static IEnumerable<Relationship> Touching(
        IReadOnlyCollection<NodeRef> nodes, IReadOnlyCollection<RelationshipType>? types, Visibility visibility) =>
        AllRelationships
            .Where(r => types?.Contains(r.Type) ?? !RelationshipSchema.IsDerived(r.Type))
            .Where(r => nodes.Contains(r.From) || nodes.Contains(r.To))
            .Where(r => IsVisible(Node(r.From), visibility) && IsVisible(Node(r.To), visibility));

    private static List<string> Sorted(IEnumerable<Relationship> relationships) =>
        [.. relationships.Select(r => r.ToString()).Order(StringComparer.Ordinal)];
}
