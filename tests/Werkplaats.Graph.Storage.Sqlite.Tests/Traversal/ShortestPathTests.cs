using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Traversal;
using Werkplaats.Graph.Storage.Contract;
using static Werkplaats.Graph.Storage.Sqlite.Tests.Traversal.TraversalStores;

namespace Werkplaats.Graph.Storage.Sqlite.Tests.Traversal;

public sealed class ShortestPathTests : IAsyncLifetime
{
    private static readonly (int MaxLength, IReadOnlyList<NodeKind>? Through, int First)[] _queries =
        [(4, null, GraphTraversal.MaxPaths), (3, [NodeKind.Lesson, NodeKind.Practice, NodeKind.Issue], 2), (5, null, 1)];

    private readonly SqliteStoreFolder _folder = new();

    public static TheoryData<int> Seeds => [1, 2, 3, 4];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _folder.DeleteAsync();

    /// <summary>
    /// The paths equal the first of all shortest simple paths found by exhaustive enumeration, in the documented
    /// order: step by step, the smaller next node (kind, key), then the smaller relationship (type, from, to).
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task ShortestPaths_OnGeneratedGraphs_AreTheFirstShortestSimplePathsByEnumeration(int seed)
    {
        var snapshot = RandomGraph.Create(seed);
        var traversal = await _folder.OpenTraversalAsync(snapshot);
        var failures = new List<string>();
        var found = 0;
        foreach (var publicOnly in new[] { true, false })
        {
            var reference = new ReferenceGraph(snapshot, publicOnly);
            var nodes = reference.Nodes.Select(n => n.Ref).ToList();
            var pairs = from i in Enumerable.Range(0, nodes.Count)
                        from j in Enumerable.Range(0, nodes.Count)
                        where (i * 31 + j + seed) % 7 == 0
                        select (From: nodes[i], To: nodes[j]);
            foreach (var ((from, to), (maxLength, through, first)) in pairs.SelectMany(p => _queries.Select(q => (p, q))))
            {
                var query = new PathQuery(from, to, maxLength, through, first, publicOnly ? Visibility.Public : Visibility.Everything);
                var actual = await traversal.ShortestPathsAsync(query, CancellationToken.None);
                var expected = Expected(reference, query);
                Assert.All(actual, path => AssertWellFormed(path, reference, query));
                if (expected.Select(Describe).SequenceEqual(actual.Select(p => Describe((p.Nodes.Select(n => n.Ref).ToList(), [.. p.Relationships])))) is false)
                {
                    failures.Add($"{query}:\n  expected {string.Join("; ", expected.Select(Describe))}\n  actual   {string.Join("; ", actual.Select(p => Describe(([.. p.Nodes.Select(n => n.Ref)], [.. p.Relationships]))))}");
                }

                found += actual.Count;
            }
        }

        Assert.Empty(failures);
        Assert.True(found > 50, $"only {found} paths found; the generated graphs say too little");
    }

    [Fact]
    public async Task ShortestPaths_FromANodeToItself_IsOnePathOfOneNode()
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);
        var node = ContractGraph.Lesson("keukentafel");

        var paths = await traversal.ShortestPathsAsync(new(node, node, 3, null, 5, Visibility.Public), CancellationToken.None);

        var path = Assert.Single(paths);
        Assert.Equal([node], path.Nodes.Select(n => n.Ref));
        Assert.Empty(path.Relationships);
    }

    [Fact]
    public async Task ShortestPaths_ToAnotherComponent_AreNone()
    {
        var traversal = await _folder.OpenTraversalAsync(RandomGraph.Create(1));

        var paths = await traversal.ShortestPathsAsync(
            new(new(NodeKind.Lesson, "island-a"), new(NodeKind.Practice, "p0"), 6, null, 5, Visibility.Everything), CancellationToken.None);

        Assert.Empty(paths);
    }

    [Fact]
    public async Task ShortestPaths_ParallelRelationships_AreDistinctPathsOrderedByRelationship()
    {
        var x = new NodeRef(NodeKind.Lesson, "x");
        var y = new NodeRef(NodeKind.Lesson, "y");
        Lesson[] lessons = [.. new[] { "x", "y" }.Select(k => new Lesson(k, k, "-", LessonScope.Local, EvidenceKind.Practice, new(2021, 1, 1), PublicationStatus.Published))];
        var traversal = await _folder.OpenTraversalAsync(new(lessons,
        [
            new(RelationshipType.RelatesTo, y, x), new(RelationshipType.RelatesTo, x, y), new(RelationshipType.DerivedFrom, x, y),
            new(RelationshipType.RelatesTo, x, x),
        ]));

        var paths = await traversal.ShortestPathsAsync(new(x, y, 3, null, 5, Visibility.Public), CancellationToken.None);

        Assert.Equal(
            ["Lesson:x-[DerivedFrom]->Lesson:y", "Lesson:x-[RelatesTo]->Lesson:y", "Lesson:y-[RelatesTo]->Lesson:x"],
            paths.Select(p => Text(Assert.Single(p.Relationships))));
    }

    [Fact]
    public async Task ShortestPaths_ForThePublic_NeverRunThroughADraft()
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);
        var from = ContractGraph.Condition(ConditionKey.SocialEmpowerment);
        var to = ContractGraph.Practice("schuldhulp-keukentafel");

        var forAll = await traversal.ShortestPathsAsync(new(from, to, 6, null, 20, Visibility.Everything), CancellationToken.None);
        var forPublic = await traversal.ShortestPathsAsync(new(from, to, 6, null, 20, Visibility.Public), CancellationToken.None);

        Assert.Equal("schaamte", Assert.Single(forAll).Nodes[1].Key);
        Assert.NotEmpty(forPublic);
        Assert.All(forPublic, p => Assert.True(p.Length > 2));
        Assert.DoesNotContain(forPublic.SelectMany(p => p.Nodes), n => n is Lesson { Status: PublicationStatus.Draft });
    }

    [Fact]
    public async Task ShortestPaths_ThroughKinds_KeepInnerNodesToThoseKinds()
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);
        var from = ContractGraph.Lesson("vertrouwen-nationaal");
        var to = ContractGraph.Lesson("buurtkamer-verbindt");

        var anyKind = await traversal.ShortestPathsAsync(new(from, to, 6, null, 20, Visibility.Public), CancellationToken.None);
        var lessonsOnly = await traversal.ShortestPathsAsync(new(from, to, 6, [NodeKind.Lesson], 20, Visibility.Public), CancellationToken.None);

        Assert.Contains(anyKind.SelectMany(p => p.Nodes.Skip(1).SkipLast(1)), n => n.Kind != NodeKind.Lesson);
        Assert.Equal(["vertrouwen-nationaal", "vertrouwen-regionaal", "buurtkamer-verbindt"], Assert.Single(lessonsOnly).Nodes.Select(n => n.Key));
    }

    [Fact]
    public async Task ShortestPaths_UnknownOrDraftEnd_ThrowsNodeNotFound()
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);
        var known = ContractGraph.Lesson("keukentafel");

        var unknown = await Assert.ThrowsAsync<NodeNotFoundException>(() =>
            traversal.ShortestPathsAsync(new(known, ContractGraph.Issue("nope"), 3, null, 1, Visibility.Public), CancellationToken.None));
        var draft = await Assert.ThrowsAsync<NodeNotFoundException>(() =>
            traversal.ShortestPathsAsync(new(ContractGraph.Lesson("schaamte"), known, 3, null, 1, Visibility.Public), CancellationToken.None));

        Assert.Equal(ContractGraph.Issue("nope"), unknown.Node);
        Assert.Equal(ContractGraph.Lesson("schaamte"), draft.Node);
    }

    [Fact]
    public async Task ShortestPaths_ThroughAHubBeyondTheBudget_ThrowPathSearchLimit()
    {
        var hub = Hub(300);
        var from = new NodeRef(NodeKind.Condition, "SOCIAL_COHESION");
        var to = new NodeRef(NodeKind.Level, "GROUP");
        var query = new PathQuery(from, to, 2, null, 5, Visibility.Public);

        var withinBudget = await (await _folder.OpenTraversalAsync(hub)).ShortestPathsAsync(query, CancellationToken.None);
        var exception = await Assert.ThrowsAsync<PathSearchLimitException>(async () =>
            await (await _folder.OpenTraversalAsync(hub, workBudget: 100)).ShortestPathsAsync(query, CancellationToken.None));

        Assert.Equal(2, withinBudget.Count);
        Assert.Equal(100, exception.Budget);
    }

    [Theory]
    [InlineData(0, 1, "maxLength must be between 1 and 6")]
    [InlineData(7, 1, "maxLength must be between 1 and 6")]
    [InlineData(3, 0, "first must be between 1 and 20")]
    [InlineData(3, 21, "first must be between 1 and 20")]
    public async Task ShortestPaths_OutOfRange_ThrowsNamingTheRange(int maxLength, int first, string message)
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);
        var node = ContractGraph.Lesson("keukentafel");

        var exception = await Assert.ThrowsAsync<TraversalArgumentException>(() =>
            traversal.ShortestPathsAsync(new(node, node, maxLength, null, first, Visibility.Public), CancellationToken.None));

        Assert.StartsWith(message, exception.Message, StringComparison.Ordinal);
    }

    /// <summary>Many lessons touching one condition; two of them also at one level.</summary>
    private static GraphSnapshot Hub(int lessons)
    {
        var condition = new Condition(ConditionKey.SocialCohesion, new("Sociale cohesie", null), new("-", null));
        var level = new Level(LevelKey.Group, new("Groepen", null), 4);
        var all = Enumerable.Range(0, lessons)
            .Select(i => new Lesson($"l{i:000}", "-", "-", LessonScope.Local, EvidenceKind.Practice, new(2021, 1, 1), PublicationStatus.Published))
            .ToList();
        return new GraphSnapshot(
            [condition, level, .. all],
            [
                .. all.Select(l => new Relationship(RelationshipType.Touches, l.Ref, condition.Ref)),
                .. all.Take(2).Select(l => new Relationship(RelationshipType.AtLevel, l.Ref, level.Ref)),
            ]);
    }

    /// <summary>All shortest simple paths by enumeration, in step order, the first First of them.</summary>
    private static List<(List<NodeRef> Nodes, List<Relationship> Relationships)> Expected(ReferenceGraph reference, PathQuery query)
    {
        if (query.From == query.To)
        {
            return [([query.From], [])];
        }

        var all = reference.SimplePaths(query.From, query.To, query.MaxLength, query.Through);
        if (all.Count == 0)
        {
            return [];
        }

        var shortest = all.Min(p => p.Relationships.Count);
        Assert.Equal(reference.Distance(query.From, query.To, query.Through), shortest);
        var ordered = all.Where(p => p.Relationships.Count == shortest).ToList();
        ordered.Sort(CompareSteps);
        return [.. ordered.Take(query.First)];
    }

    private static int CompareSteps((List<NodeRef> Nodes, List<Relationship> Relationships) a, (List<NodeRef> Nodes, List<Relationship> Relationships) b)
    {
        for (var i = 0; i < a.Relationships.Count; i++)
        {
            var (ra, rb) = (a.Relationships[i], b.Relationships[i]);
            var order = new[]
            {
                a.Nodes[i + 1].Kind.CompareTo(b.Nodes[i + 1].Kind),
                string.CompareOrdinal(a.Nodes[i + 1].Key, b.Nodes[i + 1].Key),
                ra.Type.CompareTo(rb.Type),
                ra.From.Kind.CompareTo(rb.From.Kind),
                string.CompareOrdinal(ra.From.Key, rb.From.Key),
                ra.To.Kind.CompareTo(rb.To.Kind),
                string.CompareOrdinal(ra.To.Key, rb.To.Key),
            }.FirstOrDefault(c => c != 0);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    /// <summary>Simple, each relationship joining the nodes on either side of it, inner nodes of the Through kinds.</summary>
    private static void AssertWellFormed(GraphPath path, ReferenceGraph reference, PathQuery query)
    {
        Assert.Equal(path.Nodes.Count, path.Nodes.Select(n => n.Ref).Distinct().Count());
        Assert.Equal((query.From, query.To), (path.Nodes[0].Ref, path.Nodes[^1].Ref));
        for (var i = 0; i < path.Length; i++)
        {
            var (r, a, b) = (path.Relationships[i], path.Nodes[i].Ref, path.Nodes[i + 1].Ref);
            Assert.True((r.From, r.To) == (a, b) || (r.From, r.To) == (b, a), $"{Text(r)} does not join {a} and {b}");
            Assert.True(reference.Contains(r), $"{Text(r)} is not a visible relationship");
        }

        Assert.All(path.Nodes.Skip(1).SkipLast(1), n => Assert.True(query.Through?.Contains(n.Kind) ?? true));
    }

    private static string Describe((List<NodeRef> Nodes, List<Relationship> Relationships) path) =>
        string.Join(" ", path.Nodes) + " via " + string.Join(" ", path.Relationships.Select(Text));
}
