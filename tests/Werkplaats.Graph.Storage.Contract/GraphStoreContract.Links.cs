using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task GetLinks_AboutOfEveryLesson_IsTheIssuesOfItsPractices()
    {
        await ImportGraphAsync();

        var links = await Store.GetLinksAsync([.. Lessons.Select(l => l.Ref)], _about, Visibility.Everything, None);

        var expected = Lessons.SelectMany(l => IssuesOf(l.Key).Select(i => $"{l.Key}->{i}")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, links.Select(l => $"{l.Source.Key}->{l.Target.Key}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetLinks_AboutOfANationalLesson_ReachesIssuesTwoLiftsDown()
    {
        await ImportGraphAsync();

        var links = await Store.GetLinksAsync([Lesson("vertrouwen-nationaal")], _about, Visibility.Everything, None);

        Assert.Equal(2, links.Count);
        Assert.Equal(IssuesOf("vertrouwen-nationaal").Order(StringComparer.Ordinal), links.Select(l => l.Target.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetLinks_Outgoing_CarriesTheRelationshipProperties()
    {
        await ImportGraphAsync();
        var hop = new Hop(RelationshipType.ParticipatesIn, Direction.Outgoing, NodeKind.Issue);
        NodeRef[] actors = [.. OfKind(NodeKind.Actor).Select(a => a.Ref)];

        var links = await Store.GetLinksAsync(actors, hop, Visibility.Everything, None);

        var expected = Relationships.Where(r => r.Type == RelationshipType.ParticipatesIn);
        Assert.Equal(expected.OrderBy(r => r.ToString(), StringComparer.Ordinal), links.Select(l => l.Relationship).OrderBy(r => r.ToString(), StringComparer.Ordinal));
        Assert.All(links, l => Assert.Equal(l.Source, l.Relationship.From));
        Assert.All(links, l => Assert.Equal(Node(l.Target.Ref), l.Target));
    }

    [Fact]
    public async Task GetLinks_Incoming_KeepsTheStoredDirection()
    {
        await ImportGraphAsync();
        var hop = new Hop(RelationshipType.ParticipatesIn, Direction.Incoming, NodeKind.Actor);

        var links = await Store.GetLinksAsync([Issue(Poverty)], hop, Visibility.Everything, None);

        Assert.Equal(Keys(Neighbours(Issue(Poverty), hop).Select(Node)), Keys(links.Select(l => l.Target)));
        Assert.All(links, l => Assert.Equal((l.Target.Ref, Issue(Poverty)), (l.Relationship.From, l.Relationship.To)));
        Assert.Contains(links, l => l.Relationship.Mode == ParticipationMode.Tribune && l.Relationship.Since == new DateOnly(2020, 1, 1));
    }

    [Fact]
    public async Task GetLinks_Both_ReadsRelatesToEitherWay()
    {
        await ImportGraphAsync();

        var links = await Store.GetLinksAsync([Lesson("buurtkamer-verbindt")], _relatesTo, Visibility.Everything, None);

        Assert.Equal(Keys(Neighbours(Lesson("buurtkamer-verbindt"), _relatesTo).Select(Node)), Keys(links.Select(l => l.Target)));
        Assert.Contains(links, l => l.Relationship.To == l.Source);
        Assert.Contains(links, l => l.Relationship.From == l.Source);
    }

    [Fact]
    public async Task GetLinks_ManySources_AreOrderedBySourceThenTheTargetsNaturalOrder()
    {
        await ImportGraphAsync();
        NodeRef[] practices = [.. OfKind(NodeKind.Practice).Select(p => p.Ref).Reverse()];
        var hop = new Hop(RelationshipType.LearnedIn, Direction.Incoming, NodeKind.Lesson);

        var links = await Store.GetLinksAsync(practices, hop, Visibility.Everything, None);

        var expected = practices.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p =>
            Ordered(Neighbours(p, hop).Select(Node), NodeKind.Lesson, NodeOrder.Natural).Select(l => $"{p.Key}<-{l.Key}"));
        Assert.Equal(expected, links.Select(l => $"{l.Source.Key}<-{l.Target.Key}"));
    }
}
