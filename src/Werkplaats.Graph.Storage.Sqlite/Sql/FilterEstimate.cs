using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// A cheap look at how much a filter's one-hop related filters match, taken before the page and count statements:
/// the largest node id (the store never deletes, so ids count the nodes) and, per filter, the number of relationships
/// to its targets, counted up to <see cref="Cap"/> so the estimate costs at most that many index entries per filter;
/// for a single tag of a lesson query, the exact number of lessons read from one cell of <see cref="LessonCounts"/>.
/// </summary>
internal sealed record FilterEstimate(IReadOnlyList<NodeFilter.Related> Candidates, long Nodes, IReadOnlyList<long> FanIns)
{
    /// <summary>Counting stops here; a filter that reaches the cap is coarse at every size the benchmarks run.</summary>
    public const int Cap = 10_000;

    /// <summary>
    /// One row: the largest node id, then the fan-in of each candidate: for a single tag of a lesson query the exact
    /// number of lessons from the maintained counts (one cell, at any size), otherwise the capped count of relationships.
    /// </summary>
    public static SqlStatement Statement(IReadOnlyList<NodeFilter.Related> candidates, NodeKind kind)
    {
        var sql = new SqlBuilder();
        var cap = sql.Add(Cap);
        var fanIns = candidates.Select(related => kind == NodeKind.Lesson && LessonCountSql.IsSingleTag(related)
            ? LessonCountSql.LessonsWithTag(related, sql)
            : OneHopSql.CappedFanIn(related, cap, sql));
        return sql.Build($"SELECT (SELECT COALESCE(MAX(Id), 0) FROM Nodes), {string.Join(", ", fanIns)}");
    }

    public static FilterEstimate Read(IReadOnlyList<NodeFilter.Related> candidates, IReadOnlyList<long> row) =>
        new(candidates, row[0], [.. row.Skip(1)]);

    /// <summary>
    /// A collected filter lets SQLite start from its matches and sort them: cheap when they are few. A probed filter
    /// lets SQLite walk the order index and stop after the page, about <c>(First + 1) × nodes / matches</c> rows: cheap
    /// when matches are many. So a filter is probed when <c>fanIn² ≥ (First + 1) × nodes</c>, or it reached the cap.
    /// </summary>
    public RelatedForms FormsFor(int first)
    {
        var walked = (double)(Math.Max(first, 0) + 1) * Nodes;
        return new(Candidates.Where((_, i) => FanIns[i] >= Cap || (double)FanIns[i] * FanIns[i] >= walked));
    }

    /// <summary>
    /// The related filter a count starts from: among the one-hop, one-way filters every match must pass (conjuncts of
    /// the top level), the one with the fewest relationships (or lessons, for a tag the cells count exactly); the first
    /// of them when several reached the cap.
    /// </summary>
    public NodeFilter.Related? CountDriver(NodeFilter filter)
    {
        var conjuncts = Conjuncts(filter).OfType<NodeFilter.Related>()
            .Where(r => OneHopSql.IsOneHop(r) && r.Path[0].Direction != Direction.Both)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        return Candidates.Select((related, i) => (related, FanIn: FanIns[i]))
            .Where(c => conjuncts.Contains(c.related))
            .OrderBy(c => c.FanIn)
            .Select(c => c.related)
            .FirstOrDefault();
    }

    /// <summary>The filters that must all hold: the top level with nested AllOf flattened.</summary>
    public static IEnumerable<NodeFilter> Conjuncts(NodeFilter filter) =>
        filter is NodeFilter.AllOf all ? all.Filters.SelectMany(Conjuncts) : [filter];
}
