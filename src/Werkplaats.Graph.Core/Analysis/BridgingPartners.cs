using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Analysis;

/// <summary>A partner taking part in several ateliers, with its participations there.</summary>
public sealed record BridgingPartner(Actor Actor, IReadOnlyList<Relationship> Participations);

/// <summary>Partners in the Arena (or on the Tribune) of at least a number of ateliers: who bridges the ateliers.</summary>
public sealed class BridgingPartners(IGraphStore store)
{
    private const int IssuePage = 500;

    /// <summary>Most-bridging first, then by name.</summary>
    public async Task<IReadOnlyList<BridgingPartner>> FindAsync(
        ParticipationMode mode, int minAteliers, Visibility visibility, CancellationToken cancellationToken)
    {
        var issues = await AllIssuesAsync(visibility, cancellationToken);
        var participations = await store.GetLinksAsync(issues, Hops.IssueParticipants, visibility, cancellationToken);
        return
        [
            .. participations
                .Where(p => p.Relationship.Mode == mode)
                .GroupBy(p => p.Target.Key)
                .Where(group => group.Select(p => p.Source).Distinct().Count() >= minAteliers)
                .Select(group => new BridgingPartner(
                    (Actor)group.First().Target,
                    [.. group.Select(p => p.Relationship).OrderBy(r => r.To.Key, StringComparer.Ordinal)]))
                .OrderByDescending(partner => partner.Participations.Count)
                .ThenBy(partner => partner.Actor.Name, StringComparer.CurrentCulture),
        ];
    }

    private async Task<List<NodeRef>> AllIssuesAsync(Visibility visibility, CancellationToken cancellationToken)
    {
        var issues = new List<NodeRef>();
        SortPosition? after = null;
        do
        {
            var page = await store.FindNodesAsync(
                new NodeQuery(NodeKind.Issue, NodeFilter.Everything, NodeOrder.Key, IssuePage, after, visibility, CountTotal: false),
                cancellationToken);
            issues.AddRange(page.Items.Select(item => item.Node.Ref));
            after = page.HasNextPage ? page.Items[^1].Position : null;
        }
        while (after is not null);

        return issues;
    }
}
