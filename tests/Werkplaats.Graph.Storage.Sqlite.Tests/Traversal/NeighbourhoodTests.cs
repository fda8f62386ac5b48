using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Traversal;
using Werkplaats.Graph.Storage.Contract;
using static Werkplaats.Graph.Storage.Sqlite.Tests.Traversal.TraversalStores;

namespace Werkplaats.Graph.Storage.Sqlite.Tests.Traversal;

public sealed class NeighbourhoodTests : IAsyncLifetime
{
    private static readonly IReadOnlyList<NodeKind>?[] _kinds = [null, [NodeKind.Lesson, NodeKind.Condition]];
    private static readonly IReadOnlyList<RelationshipType>?[] _types =
        [null, [RelationshipType.RelatesTo, RelationshipType.DerivedFrom, RelationshipType.Touches]];

    private readonly SqliteStoreFolder _folder = new();

    public static TheoryData<int> Seeds => [1, 2, 3, 4];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _folder.DeleteAsync();

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Neighbourhood_OfGeneratedGraphs_IsThePlainBfsNeighbourhood(int seed)
    {
        var snapshot = RandomGraph.Create(seed);

        var failures = await CompareWithReferenceAsync(snapshot, (_, i) => i % 3 == seed % 3);

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Neighbourhood_OfTheContractGraph_IsThePlainBfsNeighbourhood()
    {
        var failures = await CompareWithReferenceAsync(ContractGraph.Snapshot, (_, _) => true);

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Neighbourhood_ForThePublic_LeavesDraftsOut()
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);
        var of = ContractGraph.Practice("schuldhulp-keukentafel");

        var forPublic = await traversal.NeighbourhoodAsync(new(of, 2, null, null, 100, Visibility.Public), CancellationToken.None);
        var forAll = await traversal.NeighbourhoodAsync(new(of, 2, null, null, 100, Visibility.Everything), CancellationToken.None);

        Assert.Contains(forAll.Nodes, n => n.Key == "schaamte");
        Assert.DoesNotContain(forPublic.Nodes, n => n is Lesson { Status: PublicationStatus.Draft });
        Assert.DoesNotContain(forPublic.Relationships, r => r.From.Key == "schaamte" || r.To.Key == "schaamte");
    }

    [Fact]
    public async Task Neighbourhood_OverTheLimit_KeepsTheFirstNodesByLevelKindAndKeyAndSaysTruncated()
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);
        var of = ContractGraph.Issue(ContractGraph.Poverty);

        var subgraph = await traversal.NeighbourhoodAsync(new(of, 1, null, null, 3, Visibility.Everything), CancellationToken.None);

        Assert.True(subgraph.Truncated);
        Assert.Equal(["armoede-en-schulden", "gemeente-nijmegen", "han"], subgraph.Nodes.Select(n => n.Key));
        Assert.Equal(3, subgraph.Relationships.Count); // PARTICIPATES_IN twice and LEADS, each once
    }

    [Fact]
    public async Task Neighbourhood_OfUnknownOrDraftNode_ThrowsNodeNotFound()
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);

        await Assert.ThrowsAsync<NodeNotFoundException>(() =>
            traversal.NeighbourhoodAsync(new(ContractGraph.Lesson("nope"), 1, null, null, 10, Visibility.Everything), CancellationToken.None));
        await Assert.ThrowsAsync<NodeNotFoundException>(() =>
            traversal.NeighbourhoodAsync(new(ContractGraph.Lesson("schaamte"), 1, null, null, 10, Visibility.Public), CancellationToken.None));
    }

    [Theory]
    [InlineData(0, 10, "depth must be between 1 and 4")]
    [InlineData(5, 10, "depth must be between 1 and 4")]
    [InlineData(1, 0, "limit must be between 1 and 1000")]
    [InlineData(1, 1001, "limit must be between 1 and 1000")]
    public async Task Neighbourhood_OutOfRange_ThrowsNamingTheRange(int depth, int limit, string message)
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);

        var exception = await Assert.ThrowsAsync<TraversalArgumentException>(() =>
            traversal.NeighbourhoodAsync(new(ContractGraph.Issue(ContractGraph.Poverty), depth, null, null, limit, Visibility.Public), CancellationToken.None));

        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Every start, depth 1 to 3, with and without kinds and types, with a roomy and a tight limit, public and not.</summary>
    private async Task<List<string>> CompareWithReferenceAsync(GraphSnapshot snapshot, Func<GraphNode, int, bool> starts)
    {
        var traversal = await _folder.OpenTraversalAsync(snapshot);
        var failures = new List<string>();
        foreach (var publicOnly in new[] { true, false })
        {
            var reference = new ReferenceGraph(snapshot, publicOnly);
            var visibility = publicOnly ? Visibility.Public : Visibility.Everything;
            foreach (var start in reference.Nodes.Where(starts))
            {
                foreach (var (depth, kinds, types, limit) in
                    from depth in new[] { 1, 2, 3 }
                    from kinds in _kinds
                    from types in _types
                    from limit in new[] { GraphTraversal.MaxNodes, 4 }
                    select (depth, kinds, types, limit))
                {
                    var expected = reference.Neighbourhood(start.Ref, depth, kinds, types, limit);
                    var actual = await traversal.NeighbourhoodAsync(new(start.Ref, depth, kinds, types, limit, visibility), CancellationToken.None);
                    var (expectedText, actualText) = (Describe(expected.Nodes, expected.Relationships, expected.Truncated), Describe(actual.Nodes.Select(n => n.Ref), actual.Relationships, actual.Truncated));
                    if (expectedText != actualText)
                    {
                        failures.Add($"{start.Ref} depth {depth} kinds {kinds?.Count} types {types?.Count} limit {limit} public {publicOnly}:\n  expected {expectedText}\n  actual   {actualText}");
                    }
                }
            }
        }

        return failures;
    }

    /// <summary>Nodes in their order; relationships as a sorted list (duplicates would show).</summary>
    private static string Describe(IEnumerable<NodeRef> nodes, IEnumerable<Relationship> relationships, bool truncated) =>
        $"{string.Join(" ", nodes)} | {string.Join(" ", relationships.Select(Text).Order(StringComparer.Ordinal))} | {truncated}";
}
