using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// Which one-hop related filters of a page query are probed per row (<c>EXISTS</c>, see <see cref="OneHopSql.Probe"/>)
/// instead of collected (<c>Id IN (...)</c>). Both forms give the same answers; <see cref="FilterEstimate"/> chooses.
/// </summary>
internal sealed class RelatedForms(IEnumerable<NodeFilter.Related> probed)
{
    private readonly HashSet<NodeFilter.Related> _probed = new(probed, ReferenceEqualityComparer.Instance);

    /// <summary>Every related filter collected: for queries without an estimate.</summary>
    public static RelatedForms Collected { get; } = new([]);

    public bool IsProbed(NodeFilter.Related related) => _probed.Contains(related);

    /// <summary>The one-hop related filters anywhere in the tree: the ones that can be probed.</summary>
    public static IReadOnlyList<NodeFilter.Related> Candidates(NodeFilter filter) => filter switch
    {
        NodeFilter.AllOf all => [.. all.Filters.SelectMany(Candidates)],
        NodeFilter.AnyOf any => [.. any.Filters.SelectMany(Candidates)],
        NodeFilter.Negation not => Candidates(not.Filter),
        NodeFilter.Related related when OneHopSql.IsOneHop(related) => [related],
        _ => [],
    };
}
