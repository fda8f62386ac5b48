using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Theory]
    [MemberData(nameof(KindsAndOrders))]
    public async Task FindNodes_PagingThroughAllPages_EqualsTheFullOrderedList(NodeKind kind, NodeOrder order)
    {
        await ImportGraphAsync();
        var keys = new List<string>();
        SortPosition? after = null;
        long? total;
        bool more;

        do
        {
            var page = await Store.FindNodesAsync(new NodeQuery(kind, NodeFilter.Everything, order, 3, after, Visibility.Everything), None);
            keys.AddRange(page.Items.Select(i => i.Node.Key));
            after = page.Items.Count > 0 ? page.Items[^1].Position : after;
            (total, more) = (page.TotalCount, page.HasNextPage);
        }
        while (more);

        Assert.Equal(Ordered(OfKind(kind), kind, order).Select(n => n.Key), keys);
        Assert.Equal(keys.Count, total);
    }

    [Fact]
    public async Task FindNodes_FirstPage_ReportsTheTotalAndANextPage()
    {
        await ImportGraphAsync();

        var page = await Store.FindNodesAsync(new NodeQuery(NodeKind.Lesson, NodeFilter.Everything, NodeOrder.Natural, 5, null, Visibility.Everything), None);

        Assert.Equal(Ordered(Lessons, NodeKind.Lesson, NodeOrder.NewestFirst).Take(5).Select(n => n.Key), page.Items.Select(i => i.Node.Key));
        Assert.Equal(Lessons.Count(), page.TotalCount);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task FindNodes_FirstZero_ReturnsOnlyTheCount()
    {
        await ImportGraphAsync();

        var page = await Store.FindNodesAsync(new NodeQuery(NodeKind.Lesson, NodeFilter.Everything, NodeOrder.Natural, 0, null, Visibility.Public), None);

        Assert.Empty(page.Items);
        Assert.Equal(Lessons.Count(l => IsVisible(l, Visibility.Public)), page.TotalCount);
    }

    [Fact]
    public async Task FindNodes_WithoutCountTotal_ReturnsTheSamePageAndNoCount()
    {
        await ImportGraphAsync();
        var query = new NodeQuery(NodeKind.Lesson, NodeFilter.Everything, NodeOrder.Natural, 5, null, Visibility.Public);

        var counted = await Store.FindNodesAsync(query, None);
        var uncounted = await Store.FindNodesAsync(query with { CountTotal = false }, None);

        Assert.Null(uncounted.TotalCount);
        Assert.Equal(counted.Items, uncounted.Items);
        Assert.Equal(counted.HasNextPage, uncounted.HasNextPage);
    }

    [Fact]
    public async Task FindNodes_PagingAFilteredList_KeepsTheFilterOnEveryPage()
    {
        await ImportGraphAsync();
        var filter = new NodeFilter.PropertyIn(NodeProperty.Scope, ["LOCAL"]);
        var first = await Store.FindNodesAsync(new NodeQuery(NodeKind.Lesson, filter, NodeOrder.OldestFirst, 4, null, Visibility.Everything), None);

        var second = await Store.FindNodesAsync(new NodeQuery(NodeKind.Lesson, filter, NodeOrder.OldestFirst, 100, first.Items[^1].Position, Visibility.Everything), None);

        var expected = Ordered(Lessons.Where(l => l.Scope == LessonScope.Local), NodeKind.Lesson, NodeOrder.OldestFirst).Select(n => n.Key);
        Assert.Equal(expected, first.Items.Concat(second.Items).Select(i => i.Node.Key));
        Assert.False(second.HasNextPage);
    }
}
