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

    /// <summary>
    /// A store may answer a filter that matches much (coarse) differently from one that matches little (selective),
    /// e.g. walking an order index versus sorting the matches; the pages must be the same either way.
    /// </summary>
    [Theory]
    [MemberData(nameof(CoarseAndSelectiveFilters))]
    public async Task FindNodes_PagingCoarseAndSelectiveFilters_EqualsTheFilteredOrderedList(string name, NodeFilter filter, NodeOrder order)
    {
        await ImportGraphAsync();
        var keys = new List<string>();
        SortPosition? after = null;
        bool more;

        do
        {
            var page = await Store.FindNodesAsync(new NodeQuery(NodeKind.Lesson, filter, order, 2, after, Visibility.Public, CountTotal: false), None);
            keys.AddRange(page.Items.Select(i => i.Node.Key));
            after = page.Items.Count > 0 ? page.Items[^1].Position : after;
            more = page.HasNextPage;
        }
        while (more);

        var expected = Ordered(Matching(filter).Where(l => IsVisible(l, Visibility.Public)), NodeKind.Lesson, order).Select(n => n.Key);
        Assert.True(keys.Count > 0, name);
        Assert.Equal(expected, keys);
    }

    [Theory]
    [MemberData(nameof(CoarseAndSelectiveFilters))]
    public async Task FindNodes_CountOfCoarseAndSelectiveFilters_EqualsTheMatches(string name, NodeFilter filter, NodeOrder order)
    {
        await ImportGraphAsync();

        foreach (var visibility in (Visibility[])[Visibility.Public, Visibility.Everything, new(false, [Poverty])])
        {
            var page = await Store.FindNodesAsync(new NodeQuery(NodeKind.Lesson, filter, order, 1, null, visibility), None);

            Assert.True(Matching(filter).Count(l => IsVisible(l, visibility)) == page.TotalCount, $"{name}, {visibility}");
        }
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

    public static TheoryData<string, NodeFilter, NodeOrder> CoarseAndSelectiveFilters()
    {
        var data = new TheoryData<string, NodeFilter, NodeOrder>();
        foreach (var (name, filter) in CoarseAndSelective())
        {
            foreach (var order in (NodeOrder[])[NodeOrder.NewestFirst, NodeOrder.OldestFirst, NodeOrder.Name, NodeOrder.Key])
            {
                data.Add(name, filter, order);
            }
        }

        return data;
    }

    // A method, not a field: the hops are static fields of another part of this class, initialised in no fixed order.
    private static (string Name, NodeFilter Filter)[] CoarseAndSelective() =>
    [
        ("coarse: any social condition", new NodeFilter.Related([_touches], [.. Enum.GetValues<ConditionKey>().Select(EnumNames.ToConstant)])),
        ("coarse and coarse", new NodeFilter.AllOf(
            [new NodeFilter.Related([_touches], [.. Enum.GetValues<ConditionKey>().Select(EnumNames.ToConstant)]),
             new NodeFilter.Related([_atLevel], [.. Enum.GetValues<LevelKey>().Select(EnumNames.ToConstant)])])),
        ("selective: one practice", new NodeFilter.Related([_learnedIn], ["buurtkamer-hatert"])),
        ("coarse and selective", new NodeFilter.AllOf(
            [new NodeFilter.Related([_touches], [.. Enum.GetValues<ConditionKey>().Select(EnumNames.ToConstant)]),
             new NodeFilter.Related([_learnedIn], ["buurtkamer-hatert", "wandelgroep"])])),
        ("coarse or selective, not", new NodeFilter.AnyOf(
            [new NodeFilter.Negation(new NodeFilter.Related([_atLevel], [EnumNames.ToConstant(LevelKey.Neighbourhood)])),
             new NodeFilter.Related([_relatesTo], ["buurtkamer-verbindt"])])),
    ];

    /// <summary>The lessons a filter of one-hop related filters, and/or/not, matches, by LINQ over the graph.</summary>
    private static IEnumerable<GraphNode> Matching(NodeFilter filter) => filter switch
    {
        NodeFilter.AllOf all => all.Filters.Aggregate(Lessons.Cast<GraphNode>(), (found, f) => found.Intersect(Matching(f))),
        NodeFilter.AnyOf any => any.Filters.SelectMany(Matching).Distinct(),
        NodeFilter.Negation not => Lessons.Except(Matching(not.Filter)),
        NodeFilter.Related related => Reaching(NodeKind.Lesson, related.Path, [.. related.Keys]),
        _ => throw new ArgumentException($"{filter.GetType().Name} is not used here.", nameof(filter)),
    };
}
