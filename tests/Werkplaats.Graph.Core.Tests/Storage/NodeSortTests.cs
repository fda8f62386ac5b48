using Werkplaats.Graph.Core.Generation;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Tests.Storage;

/// <summary>
/// The one ordering table both adapters render: positions sort nodes as each order promises, from the nodes' own
/// properties, and a position's value reaches the store typed as the sort compares it.
/// </summary>
public sealed class NodeSortTests
{
    private static readonly GraphSnapshot _graph = GraphGenerator.Generate(GraphProportions.MinLessons, seed: 7);

    public static TheoryData<NodeKind> Kinds => [.. Enum.GetValues<NodeKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Natural_SortsEachKindAsDocumented(NodeKind kind)
    {
        var nodes = _graph.Nodes.Where(n => n.Kind == kind).ToList();

        var expected = kind switch
        {
            NodeKind.Condition => nodes.OrderBy(n => (int)((Condition)n).Code),
            NodeKind.Level => nodes.OrderBy(n => ((Level)n).Ordinal),
            NodeKind.Lesson => nodes.OrderByDescending(n => ((Lesson)n).LearnedOn).ThenByDescending(n => n.Key, StringComparer.Ordinal),
            _ => nodes.OrderBy(n => n.DisplayName.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(n => n.Key, StringComparer.Ordinal),
        };

        Assert.Equal(expected.Select(n => n.Key), ByPosition(nodes, NodeSort.For(kind, NodeOrder.Natural)).Select(n => n.Key));
    }

    [Theory]
    [InlineData(NodeKind.Lesson)]
    [InlineData(NodeKind.Issue)]
    [InlineData(NodeKind.Practice)]
    public void ByDate_DatedKinds_SortOnTheirDateBothWays(NodeKind kind)
    {
        var nodes = _graph.Nodes.Where(n => n.Kind == kind).ToList();
        var oldestFirst = nodes.OrderBy(DateOf).ThenBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key).ToList();

        Assert.Equal(oldestFirst, ByPosition(nodes, NodeSort.For(kind, NodeOrder.OldestFirst)).Select(n => n.Key));
        Assert.Equal(oldestFirst.AsEnumerable().Reverse(), ByPosition(nodes, NodeSort.For(kind, NodeOrder.NewestFirst)).Select(n => n.Key));
    }

    [Theory]
    [InlineData(NodeKind.Actor)]
    [InlineData(NodeKind.Domain)]
    [InlineData(NodeKind.Condition)]
    public void ByDate_KindsWithoutADate_SortByName(NodeKind kind)
    {
        Assert.Equal(NodeSort.For(kind, NodeOrder.Name), NodeSort.For(kind, NodeOrder.NewestFirst));
        Assert.Equal(NodeSort.For(kind, NodeOrder.Name), NodeSort.For(kind, NodeOrder.OldestFirst));
    }

    [Fact]
    public void ValueOf_NumericSort_IsTheNumber_AndTextIsRefused()
    {
        var ordinal = NodeSort.For(NodeKind.Level, NodeOrder.Natural);

        Assert.Equal(3L, ordinal.ValueOf(new SortPosition("3", "k")));
        var refused = Assert.Throws<ArgumentException>(() => ordinal.ValueOf(new SortPosition("m", "k")));
        Assert.Contains("'m' is not a position", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueOf_TextSort_IsTheTextAsGiven() =>
        Assert.Equal("3", NodeSort.For(NodeKind.Actor, NodeOrder.Name).ValueOf(new SortPosition("3", "k")));

    /// <summary>The nodes in the order of their positions, compared as a store compares them.</summary>
    private static IEnumerable<GraphNode> ByPosition(IEnumerable<GraphNode> nodes, NodeSort sort)
    {
        var positions = nodes.Select(n => (Node: n, Position: sort.PositionOf(n))).ToList();
        positions.Sort((a, b) =>
        {
            var bySortValue = sort.Numeric
                ? ((long)sort.ValueOf(a.Position)).CompareTo((long)sort.ValueOf(b.Position))
                : string.CompareOrdinal(a.Position.SortValue, b.Position.SortValue);
            var compared = bySortValue != 0 ? bySortValue : string.CompareOrdinal(a.Position.Key, b.Position.Key);
            return sort.Descending ? -compared : compared;
        });
        return positions.Select(p => p.Node);
    }

    private static DateOnly DateOf(GraphNode node) => node switch
    {
        Lesson lesson => lesson.LearnedOn,
        Issue issue => issue.StartedOn,
        Practice practice => practice.StartedOn,
        _ => throw new ArgumentException($"{node.Kind} has no date.", nameof(node)),
    };
}
