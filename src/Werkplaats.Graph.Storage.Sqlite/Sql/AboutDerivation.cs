using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// Derives (Lesson)-[:ABOUT]->(Issue): a lesson is about the issues of its practices, and of the practices of every
/// lesson it is transitively derived from. An import only adds relationships, so adding the missing rows is a complete
/// recompute there; a write may also remove what ABOUT derives from, so it recomputes the lessons it concerns.
/// </summary>
internal static class AboutDerivation
{
    /// <summary>Deep enough for local -> regional -> national, bounded so a DERIVED_FROM cycle ends.</summary>
    private const int MaxLiftingDepth = 10;

    /// <summary>Adds every missing ABOUT, over all lessons: after an import.</summary>
    public static SqlStatement AddMissing()
    {
        var sql = new SqlBuilder();
        return sql.Build($"WITH RECURSIVE {Lineage($"SELECT Id, Id, 0 FROM Nodes WHERE Kind = {sql.Add((int)NodeKind.Lesson)}", sql)} {InsertMissing(sql)}");
    }

    /// <summary>
    /// Recomputes ABOUT of the lessons a write concerns: <paramref name="lessonIds"/> (whose LEARNED_IN or DERIVED_FROM
    /// changed), the lessons learned in <paramref name="practiceIds"/> (whose PART_OF changed), and every lesson lifted
    /// from any of those, transitively; so a write costs what it touches, not the size of the graph. Their ABOUT rows are
    /// deleted and derived again.
    /// </summary>
    public static IEnumerable<SqlStatement> Recompute(IReadOnlyCollection<long> lessonIds, IReadOnlyCollection<long> practiceIds)
    {
        var chunks = lessonIds.Chunk(SqliteLimits.ParametersPerList).Select(c => (Lessons: c, Practices: Array.Empty<long>()))
            .Concat(practiceIds.Chunk(SqliteLimits.ParametersPerList).Select(c => (Lessons: Array.Empty<long>(), Practices: c)));
        foreach (var (lessons, practices) in chunks)
        {
            var delete = new SqlBuilder();
            yield return delete.Build(
                $"WITH RECURSIVE {Affected(lessons, practices, delete)} DELETE FROM Relationships " +
                $"WHERE Type = {delete.Add((int)RelationshipType.About)} AND FromId IN (SELECT LessonId FROM affected)");
            var insert = new SqlBuilder();
            yield return insert.Build(
                $"WITH RECURSIVE {Affected(lessons, practices, insert)}, " +
                $"{Lineage("SELECT DISTINCT LessonId, LessonId, 0 FROM affected", insert)} {InsertMissing(insert)}");
        }
    }

    /// <summary>
    /// The CTE <c>affected (LessonId, Depth)</c>: the seed lessons and all lessons lifted from them. The seeds are a
    /// UNION of index lookups (an OR of the two would scan Nodes).
    /// </summary>
    private static string Affected(long[] lessonIds, long[] practiceIds, SqlBuilder sql)
    {
        var seeds = string.Join(" UNION ", new[]
        {
            lessonIds.Length == 0 ? null : $"SELECT Id FROM Nodes WHERE Id IN ({sql.AddList(lessonIds)})",
            practiceIds.Length == 0 ? null
                : $"SELECT FromId AS Id FROM Relationships WHERE ToId IN ({sql.AddList(practiceIds)}) AND Type = {sql.Add((int)RelationshipType.LearnedIn)}",
        }.OfType<string>());
        return $"affected (LessonId, Depth) AS (SELECT Id, 0 FROM ({seeds})" +
            " UNION" +
            " SELECT d.FromId, affected.Depth + 1 FROM affected" +
            $" JOIN Relationships d ON d.ToId = affected.LessonId AND d.Type = {sql.Add((int)RelationshipType.DerivedFrom)}" +
            $" WHERE affected.Depth < {sql.Add(MaxLiftingDepth)})";
    }

    /// <summary>The CTE <c>lineage (LessonId, SourceId, Depth)</c>: each start lesson and every lesson it derives from.</summary>
    private static string Lineage(string start, SqlBuilder sql) =>
        $"lineage (LessonId, SourceId, Depth) AS ({start}" +
        " UNION" +
        " SELECT lineage.LessonId, d.ToId, lineage.Depth + 1 FROM lineage" +
        $" JOIN Relationships d ON d.FromId = lineage.SourceId AND d.Type = {sql.Add((int)RelationshipType.DerivedFrom)}" +
        $" WHERE lineage.Depth < {sql.Add(MaxLiftingDepth)})";

    private static string InsertMissing(SqlBuilder sql)
    {
        var about = sql.Add((int)RelationshipType.About);
        return "INSERT INTO Relationships (FromId, Type, ToId) " +
            // CROSS JOIN fixes the loop order: from the lineage out through the relationship key, never all rows in.
            $"SELECT DISTINCT lineage.LessonId, {about}, p.ToId FROM lineage CROSS JOIN Relationships l CROSS JOIN Relationships p " +
            $"WHERE l.FromId = lineage.SourceId AND l.Type = {sql.Add((int)RelationshipType.LearnedIn)} " +
            $"AND p.FromId = l.ToId AND p.Type = {sql.Add((int)RelationshipType.PartOf)} " +
            "AND NOT EXISTS (SELECT 1 FROM Relationships a " +
            $"WHERE a.FromId = lineage.LessonId AND a.Type = {about} AND a.ToId = p.ToId)";
    }
}
