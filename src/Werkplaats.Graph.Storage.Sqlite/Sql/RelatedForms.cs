using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// Which one-hop related filters of a page query are probed per row (<c>EXISTS</c>, see <see cref="OneHopSql.Probe"/>)
/// instead of collected (<c>Id IN (...)</c>). Both forms give the same answers; they differ in what the query costs.
/// A collected filter lets SQLite start from its matches and sort them: cheap when they are few. A probed filter lets
/// SQLite walk the order index and stop after the page: about <c>(First + 1) × nodes / matches</c> rows, cheap when
/// matches are many. So a filter is probed when <c>matches² ≥ (First + 1) × nodes</c>, where matches is the number of
/// relationships to its targets (counted up to <see cref="Cap"/>, so the estimate costs at most that many index
/// entries) and nodes is the largest node id (the store never deletes, so ids count the nodes).
/// </summary>
internal sealed class RelatedForms
{
    /// <summary>Estimates stop counting here; a filter that reaches the cap is coarse at any graph size we measure.</summary>
    public const int Cap = 10_000;

    private readonly HashSet<NodeFilter.Related> _probed;

    public RelatedForms(IEnumerable<NodeFilter.Related> probed) => _probed = new(probed, ReferenceEqualityComparer.Instance);

    /// <summary>Every related filter collected: what counts use, and what pages use when nothing is coarse.</summary>
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

    /// <summary>One row: the largest node id, then the capped number of relationships of each candidate.</summary>
    public static SqlStatement Estimate(IReadOnlyList<NodeFilter.Related> candidates)
    {
        var sql = new SqlBuilder();
        var cap = sql.Add(Cap);
        var fanIns = candidates.Select(related => OneHopSql.CappedFanIn(related, cap, sql));
        return sql.Build($"SELECT (SELECT COALESCE(MAX(Id), 0) FROM Nodes), {string.Join(", ", fanIns)}");
    }

    /// <summary>Applies the rule to the row of <see cref="Estimate"/>.</summary>
    public static RelatedForms Decide(IReadOnlyList<NodeFilter.Related> candidates, IReadOnlyList<long> estimate, int first)
    {
        var walked = (double)(Math.Max(first, 0) + 1) * estimate[0];
        return new(candidates.Where((_, i) => estimate[i + 1] >= Cap || (double)estimate[i + 1] * estimate[i + 1] >= walked));
    }
}
