using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Analysis;

/// <summary>A condition, level or domain that both ateliers have lessons (or practices) on, with how many on each side.</summary>
public sealed record SharedTag(string Key, long InA, long InB);

/// <summary>A partner taking part in both ateliers, with its participation in each.</summary>
public sealed record SharedPartner(Actor Actor, Relationship InA, Relationship InB);

/// <summary>A RELATES_TO link between a lesson of one atelier and a lesson of the other.</summary>
public sealed record LessonPair(Lesson InA, Lesson InB, Relationship Relationship);

/// <summary>How two ateliers are connected, with evidence that can be checked lesson by lesson.</summary>
public sealed record IssueConnection(
    Issue A,
    Issue B,
    IReadOnlyList<SharedTag> Conditions,
    IReadOnlyList<SharedTag> Levels,
    IReadOnlyList<SharedTag> Domains,
    IReadOnlyList<SharedPartner> Partners,
    IReadOnlyList<LessonPair> RelatedLessons,
    IReadOnlyList<Lesson> RegionalLessons,
    IReadOnlyList<Practice> Practices);

/// <summary>Finds the evidence that connects two ateliers; a few store calls, each bounded by what it finds.</summary>
public sealed class IssueLinks(IGraphStore store)
{
    public const int MaxEvidence = 100;

    /// <exception cref="Traversal.NodeNotFoundException">an issue does not exist or is not visible.</exception>
    public async Task<IssueConnection> FindAsync(string a, string b, Visibility visibility, CancellationToken cancellationToken)
    {
        var issues = await store.GetNodesAsync([new(NodeKind.Issue, a), new(NodeKind.Issue, b)], visibility, cancellationToken);
        var issueA = issues.OfType<Issue>().FirstOrDefault(i => i.Key == a) ?? throw new Traversal.NodeNotFoundException(new NodeRef(NodeKind.Issue, a));
        var issueB = issues.OfType<Issue>().FirstOrDefault(i => i.Key == b) ?? throw new Traversal.NodeNotFoundException(new NodeRef(NodeKind.Issue, b));

        var lessonsOfEither = new NodeFilter.Related([Hops.LessonIssues], [a, b]);
        return new IssueConnection(
            issueA,
            issueB,
            await SharedAsync(NodeKind.Lesson, lessonsOfEither, Hops.LessonIssues, Hops.LessonConditions, a, b, visibility, cancellationToken),
            await SharedAsync(NodeKind.Lesson, lessonsOfEither, Hops.LessonIssues, Hops.LessonLevels, a, b, visibility, cancellationToken),
            await SharedDomainsAsync(a, b, visibility, cancellationToken),
            await SharedPartnersAsync(a, b, visibility, cancellationToken),
            await RelatedLessonsAsync(a, b, visibility, cancellationToken),
            await ListAsync<Lesson>(
                NodeKind.Lesson,
                new NodeFilter.AllOf([DrawsOn(a), DrawsOn(b)]),
                visibility,
                cancellationToken),
            await ListAsync<Practice>(
                NodeKind.Practice,
                new NodeFilter.AllOf([new NodeFilter.Related([Hops.PracticeIssues], [a]), new NodeFilter.Related([Hops.PracticeIssues], [b])]),
                visibility,
                cancellationToken));
    }

    /// <summary>Lifted lessons drawing on lessons of <paramref name="issue"/>.</summary>
    private static NodeFilter.Related DrawsOn(string issue) => new NodeFilter.Related([Hops.LessonDerivedFrom, Hops.LessonIssues], [issue]);

    private async Task<IReadOnlyList<SharedTag>> SharedAsync(
        NodeKind kind, NodeFilter filter, Hop toIssue, Hop toTag, string a, string b, Visibility visibility, CancellationToken cancellationToken)
    {
        var counts = await store.CountPairsAsync(kind, filter, toIssue, toTag, visibility, cancellationToken);
        return Shared(counts, a, b);
    }

    private static List<SharedTag> Shared(IEnumerable<PairCount> counts, string a, string b)
    {
        var byTag = counts.GroupBy(c => c.SecondKey);
        return
        [
            .. byTag
                .Select(tag => new SharedTag(
                    tag.Key,
                    tag.Where(c => c.FirstKey == a).Sum(c => c.Count),
                    tag.Where(c => c.FirstKey == b).Sum(c => c.Count)))
                .Where(tag => tag.InA > 0 && tag.InB > 0)
                .OrderBy(tag => tag.Key, StringComparer.Ordinal),
        ];
    }

    private async Task<IReadOnlyList<SharedTag>> SharedDomainsAsync(string a, string b, Visibility visibility, CancellationToken cancellationToken)
    {
        var lessons = await store.CountPairsAsync(
            NodeKind.Lesson, new NodeFilter.Related([Hops.LessonIssues], [a, b]), Hops.LessonIssues, Hops.LessonDomains, visibility, cancellationToken);
        var practices = await store.CountPairsAsync(
            NodeKind.Practice, new NodeFilter.Related([Hops.PracticeIssues], [a, b]), Hops.PracticeIssues, Hops.PracticeDomains, visibility, cancellationToken);
        return Shared(lessons.Concat(practices), a, b);
    }

    private async Task<IReadOnlyList<SharedPartner>> SharedPartnersAsync(string a, string b, Visibility visibility, CancellationToken cancellationToken)
    {
        var links = await store.GetLinksAsync(
            [new(NodeKind.Issue, a), new(NodeKind.Issue, b)], Hops.IssueParticipants, visibility, cancellationToken);
        return
        [
            .. links.GroupBy(l => l.Target.Key)
                .Select(actor => (
                    Actor: (Actor)actor.First().Target,
                    InA: actor.FirstOrDefault(l => l.Source.Key == a)?.Relationship,
                    InB: actor.FirstOrDefault(l => l.Source.Key == b)?.Relationship))
                .Where(p => p.InA is not null && p.InB is not null)
                .Select(p => new SharedPartner(p.Actor, p.InA!, p.InB!))
                .OrderBy(p => p.Actor.Name, StringComparer.CurrentCulture),
        ];
    }

    private async Task<IReadOnlyList<LessonPair>> RelatedLessonsAsync(string a, string b, Visibility visibility, CancellationToken cancellationToken)
    {
        var lessonsOfA = await ListAsync<Lesson>(
            NodeKind.Lesson,
            new NodeFilter.AllOf(
            [
                new NodeFilter.Related([Hops.LessonIssues], [a]),
                new NodeFilter.Related([Hops.LessonRelated, Hops.LessonIssues], [b]),
            ]),
            visibility,
            cancellationToken);
        if (lessonsOfA.Count == 0)
        {
            return [];
        }

        var related = await store.GetLinksAsync([.. lessonsOfA.Select(l => l.Ref)], Hops.LessonRelated, visibility, cancellationToken);
        var issuesOfTargets = await store.GetLinksAsync(
            [.. related.Select(l => l.Target.Ref).Distinct()], Hops.LessonIssues, visibility, cancellationToken);
        var targetsInB = issuesOfTargets.Where(l => l.Target.Key == b).Select(l => l.Source).ToHashSet();
        var byKey = lessonsOfA.ToDictionary(l => l.Ref);
        return
        [
            .. related.Where(l => targetsInB.Contains(l.Target.Ref))
                .Select(l => new LessonPair(byKey[l.Source], (Lesson)l.Target, l.Relationship))
                .DistinctBy(p => (p.InA.Key, p.InB.Key))
                .Take(MaxEvidence),
        ];
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(NodeKind kind, NodeFilter filter, Visibility visibility, CancellationToken cancellationToken)
        where T : GraphNode
    {
        var page = await store.FindNodesAsync(new NodeQuery(kind, filter, NodeOrder.Natural, MaxEvidence, null, visibility, CountTotal: false), cancellationToken);
        return [.. page.Items.Select(item => (T)item.Node)];
    }
}
