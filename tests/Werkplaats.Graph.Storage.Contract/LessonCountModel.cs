using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Core.Model.RelationshipType;

namespace Werkplaats.Graph.Storage.Contract;

/// <summary>
/// A graph held in memory that follows the same writes as a store, and counts lessons with LINQ: the independent
/// answer the matrix and the totals of tag filters must equal, whatever an adapter keeps to answer them fast.
/// ABOUT is derived here from LEARNED_IN, PART_OF and DERIVED_FROM, as MODEL.md defines it.
/// </summary>
public sealed class LessonCountModel(GraphSnapshot snapshot)
{
    public static readonly Hop Conditions = new(Touches, Direction.Outgoing, NodeKind.Condition);
    public static readonly Hop Levels = new(AtLevel, Direction.Outgoing, NodeKind.Level);
    public static readonly Hop Domains = new(InDomain, Direction.Outgoing, NodeKind.Domain);
    public static readonly Hop Issues = new(About, Direction.Outgoing, NodeKind.Issue);

    private static readonly Hop[] _tagHops = [Conditions, Levels, Domains, Issues];

    private readonly Dictionary<NodeRef, GraphNode> _nodes = snapshot.Nodes.GroupBy(n => n.Ref).ToDictionary(g => g.Key, g => g.Last());
    private readonly HashSet<Relationship> _relationships = [.. snapshot.Relationships.Select(Bare)];
    private Dictionary<(NodeRef Lesson, Hop Hop), IReadOnlyList<string>>? _tags;

    /// <summary>Follows a change as the write port applies it.</summary>
    public void Apply(GraphChange change)
    {
        foreach (var node in change.Created.Concat(change.Updated))
        {
            _nodes[node.Ref] = node;
        }

        var added = change.Added.Select(Bare).ToHashSet();
        _relationships.ExceptWith(change.Removed.Select(Bare).Where(r => !added.Contains(r)));
        _relationships.UnionWith(added);
        _tags = null;
    }

    /// <summary>Follows an upsert import.</summary>
    public void Import(GraphSnapshot more) => Apply(new GraphChange(new ChangeAuthor("import", null), DateTimeOffset.UnixEpoch, "", null)
    {
        Updated = more.Nodes,
        Added = more.Relationships,
    });

    public IEnumerable<Lesson> Lessons => _nodes.Values.OfType<Lesson>();

    /// <summary>The keys of the tags the lesson reaches over the hop.</summary>
    public IReadOnlyList<string> Tags(Lesson lesson, Hop hop)
    {
        _tags ??= TagsOfEveryLesson();
        return _tags.GetValueOrDefault((lesson.Ref, hop)) ?? [];
    }

    /// <summary>The keys every tag hop reaches in this graph: the rows and columns to check.</summary>
    public IReadOnlyList<string> KeysOf(Hop hop) =>
        [.. _nodes.Keys.Where(n => n.Kind == hop.Target).Select(n => n.Key).Order(StringComparer.Ordinal)];

    public bool IsVisible(Lesson lesson, Visibility visibility) =>
        lesson.Status != PublicationStatus.Draft || visibility.AllDrafts || Tags(lesson, Issues).Intersect(visibility.DraftsOfIssues).Any();

    /// <summary>The visible lessons that carry every (hop, key) tag.</summary>
    public long Count(Visibility visibility, params (Hop Hop, string Key)[] tags) =>
        Lessons.Count(l => IsVisible(l, visibility) && tags.All(t => Tags(l, t.Hop).Contains(t.Key)));

    /// <summary>The pair counts of two hops over all visible lessons, as <see cref="IGraphStore.CountPairsAsync"/> defines them.</summary>
    public List<PairCount> Pairs(Hop first, Hop second, Visibility visibility) =>
        Sorted(Lessons.Where(l => IsVisible(l, visibility))
            .SelectMany(l => Tags(l, first).SelectMany(a => Tags(l, second).Select(b => (a, b))))
            .GroupBy(pair => pair)
            .Select(g => new PairCount(g.Key.a, g.Key.b, g.Count())));

    /// <summary>
    /// Asserts that the store's pair counts for every two tag hops, and the totals of the empty filter, of every single
    /// tag and of every pair of tags (two hops, one key each), equal this model's for <paramref name="visibility"/>.
    /// </summary>
    public async Task AssertStoreCountsAsync(IGraphStore store, Visibility visibility, string step)
    {
        foreach (var first in _tagHops)
        {
            foreach (var second in _tagHops)
            {
                var pairs = await store.CountPairsAsync(NodeKind.Lesson, NodeFilter.Everything, first, second, visibility, CancellationToken.None);
                Assert.True(
                    Pairs(first, second, visibility).SequenceEqual(Sorted(pairs)),
                    $"{step}: pairs of {first.Type} x {second.Type} differ from the graph's.");
            }
        }

        Assert.Equal(Lessons.Count(l => IsVisible(l, visibility)), await TotalAsync(store, visibility, []));
        var tags = _tagHops.SelectMany(hop => KeysOf(hop).Select(key => (Hop: hop, Key: key))).ToList();
        foreach (var tag in tags)
        {
            Assert.True(Count(visibility, tag) == await TotalAsync(store, visibility, [tag]), $"{step}: total of {tag.Key}.");
        }

        foreach (var (a, b) in tags.SelectMany((a, i) => tags.Skip(i).Select(b => (a, b))).Where(p => p.a.Hop != Issues || p.b.Hop != Issues))
        {
            Assert.True(Count(visibility, a, b) == await TotalAsync(store, visibility, [a, b]), $"{step}: total of {a.Key} and {b.Key}.");
        }
    }

    private static async Task<long?> TotalAsync(IGraphStore store, Visibility visibility, (Hop Hop, string Key)[] tags)
    {
        var filter = new NodeFilter.AllOf([.. tags.Select(t => new NodeFilter.Related([t.Hop], [t.Key]))]);
        var page = await store.FindNodesAsync(new NodeQuery(NodeKind.Lesson, filter, NodeOrder.Natural, 0, null, visibility), CancellationToken.None);
        return page.TotalCount;
    }

    private static List<PairCount> Sorted(IEnumerable<PairCount> counts) =>
        [.. counts.OrderBy(c => c.FirstKey, StringComparer.Ordinal).ThenBy(c => c.SecondKey, StringComparer.Ordinal)];

    /// <summary>Relationships compare by type and ends here; properties do not decide any count.</summary>
    private static Relationship Bare(Relationship relationship) => new(relationship.Type, relationship.From, relationship.To);

    private Dictionary<(NodeRef, Hop), IReadOnlyList<string>> TagsOfEveryLesson()
    {
        var outgoing = _relationships.ToLookup(r => (r.From, r.Type), r => r.To);
        var tags = new Dictionary<(NodeRef, Hop), IReadOnlyList<string>>();
        foreach (var lesson in Lessons.Select(l => l.Ref))
        {
            foreach (var hop in _tagHops.Where(h => h != Issues))
            {
                tags[(lesson, hop)] = [.. outgoing[(lesson, hop.Type)].Where(t => t.Kind == hop.Target).Select(t => t.Key).Distinct()];
            }

            tags[(lesson, Issues)] = [.. IssuesOf(lesson, outgoing)];
        }

        return tags;
    }

    /// <summary>The issues of the lesson's practices and of the lessons it was lifted from, transitively.</summary>
    private static IEnumerable<string> IssuesOf(NodeRef lesson, ILookup<(NodeRef, RelationshipType), NodeRef> outgoing)
    {
        var lessons = new HashSet<NodeRef> { lesson };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var lifted in lessons.SelectMany(l => outgoing[(l, DerivedFrom)]).ToList())
            {
                grew |= lessons.Add(lifted);
            }
        }

        return lessons.SelectMany(l => outgoing[(l, LearnedIn)])
            .SelectMany(practice => outgoing[(practice, PartOf)])
            .Select(issue => issue.Key)
            .Distinct();
    }
}
