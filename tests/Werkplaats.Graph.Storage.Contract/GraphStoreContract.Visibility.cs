using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Theory]
    [MemberData(nameof(Visibilities))]
    public async Task GetNodes_Drafts_AreReturnedOnlyToCallersWhoMaySeeThem(string caller)
    {
        await ImportGraphAsync();
        var visibility = VisibilityCases[caller];

        var nodes = await Store.GetNodesAsync([.. Lessons.Select(l => l.Ref)], visibility, None);

        Assert.Equal(Keys(Lessons.Where(l => IsVisible(l, visibility))), Keys(nodes));
    }

    [Theory]
    [MemberData(nameof(Visibilities))]
    public async Task FindNodes_Drafts_AreListedAndCountedOnlyForCallersWhoMaySeeThem(string caller)
    {
        await ImportGraphAsync();
        var visibility = VisibilityCases[caller];

        var page = await Store.FindNodesAsync(new NodeQuery(NodeKind.Lesson, NodeFilter.Everything, NodeOrder.Natural, 100, null, visibility), None);

        var expected = Lessons.Where(l => IsVisible(l, visibility)).ToList();
        Assert.Equal(Keys(expected), Keys(page.Items.Select(i => i.Node)));
        Assert.Equal(expected.Count, page.TotalCount);
    }

    [Theory]
    [MemberData(nameof(Visibilities))]
    public async Task GetLinks_DraftTargets_AreReturnedOnlyToCallersWhoMaySeeThem(string caller)
    {
        await ImportGraphAsync();
        var visibility = VisibilityCases[caller];
        var hop = new Hop(RelationshipType.LearnedIn, Direction.Incoming, NodeKind.Lesson);
        NodeRef[] practices = [.. OfKind(NodeKind.Practice).Select(p => p.Ref)];

        var links = await Store.GetLinksAsync(practices, hop, visibility, None);

        var expected = practices.SelectMany(p => Neighbours(p, hop)).Select(Node).Where(l => IsVisible(l, visibility));
        Assert.Equal(Keys(expected), Keys(links.Select(l => l.Target)));
    }

    [Theory]
    [MemberData(nameof(Visibilities))]
    public async Task Search_Drafts_AreFoundOnlyByCallersWhoMaySeeThem(string caller)
    {
        await ImportGraphAsync();
        var visibility = VisibilityCases[caller];

        var hits = await Store.SearchAsync(new SearchQuery("in", [NodeKind.Lesson], 100, visibility), None);

        var expected = Lessons.Where(l => TextMatches(l, "in") && IsVisible(l, visibility)).ToList();
        Assert.Contains(Lessons, l => TextMatches(l, "in") && !IsVisible(l, Visibility.Public));
        Assert.Equal(Keys(expected), Keys(hits.Select(h => h.Node)));
    }

    [Fact]
    public async Task Visibility_DraftsOfOneIssue_ShowsNoDraftOfAnotherIssue()
    {
        await ImportGraphAsync();

        var nodes = await Store.GetNodesAsync([Lesson("schaamte"), Lesson("onzichtbare-eenzaamheid")], new Visibility(false, [Loneliness]), None);

        Assert.Equal(["onzichtbare-eenzaamheid"], Keys(nodes));
    }
}
