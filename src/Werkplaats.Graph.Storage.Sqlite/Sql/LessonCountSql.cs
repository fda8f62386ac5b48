using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// The questions the maintained cells of <see cref="LessonCounts"/> answer, each in time independent of the graph's
/// size: the total of a lesson filter made of at most two single-key tag filters, the pair counts of two tag hops
/// over all lessons, and how many lessons carry a tag (for the filter estimate). Visibility comes from
/// <see cref="VisibilitySql.VisibleBuckets"/>. Anything else is counted over the rows.
/// </summary>
internal static class LessonCountSql
{
    /// <summary>The hop leads from a lesson to a tag the cells count.</summary>
    public static bool IsTag(Hop hop) =>
        hop.Direction == Direction.Outgoing
        && LessonCounts.TagTypes.Contains(hop.Type)
        && RelationshipSchema.Connects(hop.Type, NodeKind.Lesson, hop.Target);

    /// <summary>The cells hold no deleted lesson, so they answer every caller but one who sees deleted lessons too.</summary>
    public static bool Answers(Visibility visibility) => !visibility.WithDeleted;

    /// <summary>A one-hop filter on a single tag: the cells count its lessons.</summary>
    public static bool IsSingleTag(NodeFilter filter) =>
        filter is NodeFilter.Related { Path: [var hop] } related && IsTag(hop) && related.Keys.Distinct().Count() == 1;

    /// <summary>
    /// The tag filters whose cell holds the total of <paramref name="query"/>, or null when no cell does: lessons, and a
    /// filter that is all lessons or a conjunction of one or two single-tag filters.
    /// </summary>
    public static IReadOnlyList<NodeFilter.Related>? CellOf(NodeQuery query)
    {
        if (query.Kind != NodeKind.Lesson || !Answers(query.Visibility))
        {
            return null;
        }

        var conjuncts = FilterEstimate.Conjuncts(query.Filter).ToList();
        return conjuncts.Count <= 2 && conjuncts.All(IsSingleTag) ? [.. conjuncts.Cast<NodeFilter.Related>()] : null;
    }

    /// <summary>Whether lessons are withdrawn from the cells right now; then the cells are not to be trusted.</summary>
    public static SqlStatement AnyPending() =>
        new SqlBuilder().Build($"SELECT EXISTS (SELECT 1 FROM {LessonCounts.PendingTable})");

    /// <summary>The count of the cell of <paramref name="tags"/> (see <see cref="CellOf"/>); NULL while lessons are pending.</summary>
    public static SqlStatement Count(IReadOnlyList<NodeFilter.Related> tags, Visibility visibility)
    {
        var sql = new SqlBuilder();
        string cell;
        if (tags.Count == 0)
        {
            var total = sql.Add(LessonCounts.TotalType);
            cell = $"c.FirstType = {total} AND c.SecondType = {total} AND c.FirstId = 0 AND c.SecondId = 0";
        }
        else
        {
            // Canonical order: by type, then by id (which only the database knows).
            var ordered = tags.OrderBy(Type).ToList();
            var (first, second) = (ordered[0], ordered[^1]);
            var (firstId, secondId) = (TagId(first, sql), TagId(second, sql));
            cell = $"c.FirstType = {sql.Add(Type(first))} AND c.SecondType = {sql.Add(Type(second))} AND " + (Type(first) == Type(second)
                ? $"c.FirstId = min({firstId}, {secondId}) AND c.SecondId = max({TagId(first, sql)}, {TagId(second, sql)})"
                : $"c.FirstId = {firstId} AND c.SecondId = {secondId}");
        }

        return sql.Build(
            $"SELECT CASE WHEN EXISTS (SELECT 1 FROM {LessonCounts.PendingTable}) THEN NULL ELSE " +
            $"(SELECT ifnull(SUM(c.Count), 0) FROM {LessonCounts.Table} c " +
            $"WHERE c.Bucket IN ({VisibilitySql.VisibleBuckets(visibility, LessonCounts.BucketIssuesTable, sql)}) AND {cell}) END");
    }

    /// <summary>
    /// Lessons per pair of keys over two tag hops, as <see cref="NodeQuerySql.CountPairs"/> answers them for all lessons:
    /// columns first key, second key, count. A pair of two hops is stored once, in canonical order; the second branch
    /// reads it the other way round (and, for a hop paired with itself, the pairs below the diagonal).
    /// </summary>
    public static SqlStatement Pairs(Hop first, Hop second, Visibility visibility)
    {
        var sql = new SqlBuilder();
        var (a, b) = (sql.Add((int)first.Type), sql.Add((int)second.Type));
        string Side(string firstType, string secondType, string firstId, string secondId, string extra) =>
            $"SELECT c.{firstId} AS FirstId, c.{secondId} AS SecondId, c.Count FROM {LessonCounts.Table} c " +
            $"WHERE c.Bucket IN ({VisibilitySql.VisibleBuckets(visibility, LessonCounts.BucketIssuesTable, sql)}) " +
            $"AND c.FirstType = {firstType} AND c.SecondType = {secondType}{extra}";

        return sql.Build(
            "SELECT f.Key, s.Key, SUM(p.Count) FROM (" +
            $"{Side(a, b, "FirstId", "SecondId", "")} UNION ALL {Side(b, a, "SecondId", "FirstId", " AND c.FirstId <> c.SecondId")}) p " +
            $"JOIN Nodes f ON f.Id = p.FirstId JOIN Nodes s ON s.Id = p.SecondId " +
            $"WHERE f.Kind = {sql.Add((int)first.Target)} AND s.Kind = {sql.Add((int)second.Target)} " +
            "GROUP BY f.Key, s.Key HAVING SUM(p.Count) > 0 ORDER BY f.Key, s.Key");
    }

    /// <summary>How many lessons, drafts included, carry the tag of a single-tag filter: exact, from one cell.</summary>
    public static string LessonsWithTag(NodeFilter.Related related, SqlBuilder sql)
    {
        var type = sql.Add(Type(related));
        return $"(SELECT ifnull(SUM(c.Count), 0) FROM {LessonCounts.Table} c " +
            $"WHERE c.Bucket IN ({sql.Add(VisibilitySql.PublishedBucket)}, {sql.Add(VisibilitySql.AllDraftsBucket)}) " +
            $"AND c.FirstType = {type} AND c.SecondType = {type} AND c.FirstId = {TagId(related, sql)} AND c.SecondId = {TagId(related, sql)})";
    }

    private static int Type(NodeFilter.Related related) => (int)related.Path[0].Type;

    private static string TagId(NodeFilter.Related related, SqlBuilder sql) =>
        $"(SELECT Id FROM Nodes WHERE Kind = {sql.Add((int)related.Path[0].Target)} AND Key = {sql.Add(related.Keys[0])})";
}
