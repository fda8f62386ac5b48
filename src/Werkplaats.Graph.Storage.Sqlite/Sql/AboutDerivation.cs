using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// Derives (Lesson)-[:ABOUT]->(Issue): a lesson is about the issues of its practices, and of the practices of every
/// lesson it is transitively derived from. Relationships are never deleted, so the derived set only grows: adding
/// the missing rows is a complete recompute.
/// </summary>
internal static class AboutDerivation
{
    /// <summary>Deep enough for local -> regional -> national, bounded so a DERIVED_FROM cycle ends.</summary>
    private const int MaxLiftingDepth = 10;

    /// <summary>Derives for every lesson: after an import.</summary>
    public static SqlStatement AddMissing()
    {
        var sql = new SqlBuilder();
        return Derive($"SELECT Id FROM Nodes WHERE Kind = {sql.Add((int)NodeKind.Lesson)}", sql);
    }

    /// <summary>
    /// Derives for the lessons a write can have given new issues: the lessons it gave a practice or a lifting source
    /// (<paramref name="lessons"/>), those learned in practices it gave an issue (<paramref name="practices"/>), and every
    /// lesson lifted from one of them; so a write costs what it touches, not the size of the graph.
    /// </summary>
    public static SqlStatement AddMissing(IReadOnlyCollection<long> lessons, IReadOnlyCollection<long> practices)
    {
        var sql = new SqlBuilder();
        var derivedFrom = sql.Add((int)RelationshipType.DerivedFrom);
        var seeds = string.Join(" UNION ", new[]
        {
            lessons.Count == 0 ? null : $"SELECT Id FROM Nodes WHERE Id IN ({sql.AddList(lessons)})",
            practices.Count == 0 ? null
                : $"SELECT FromId AS Id FROM Relationships WHERE ToId IN ({sql.AddList(practices)}) AND Type = {sql.Add((int)RelationshipType.LearnedIn)}",
        }.OfType<string>());
        var affected =
            $"WITH RECURSIVE affected (LessonId, Depth) AS (SELECT Id, 0 FROM ({seeds}) " +
            $"UNION SELECT d.FromId, affected.Depth + 1 FROM affected " +
            $"JOIN Relationships d ON d.ToId = affected.LessonId AND d.Type = {derivedFrom} " +
            $"WHERE affected.Depth < {sql.Add(MaxLiftingDepth)}), ";
        return Derive("SELECT LessonId AS Id FROM affected", sql, affected);
    }

    /// <summary>The missing ABOUT rows of the lessons <paramref name="lessons"/> selects (one column, Id).</summary>
    private static SqlStatement Derive(string lessons, SqlBuilder sql, string with = "WITH RECURSIVE ")
    {
        var about = sql.Add((int)RelationshipType.About);
        return sql.Build(
            $"{with}lineage (LessonId, SourceId, Depth) AS (" +
            $" SELECT Id, Id, 0 FROM ({lessons})" +
            " UNION" +
            " SELECT lineage.LessonId, d.ToId, lineage.Depth + 1 FROM lineage" +
            $" JOIN Relationships d ON d.FromId = lineage.SourceId AND d.Type = {sql.Add((int)RelationshipType.DerivedFrom)}" +
            $" WHERE lineage.Depth < {sql.Add(MaxLiftingDepth)}) " +
            "INSERT INTO Relationships (FromId, Type, ToId) " +
            // CROSS JOIN fixes the loop order: from the lineage out through the relationship key, never all rows in.
            $"SELECT DISTINCT lineage.LessonId, {about}, p.ToId FROM lineage CROSS JOIN Relationships l CROSS JOIN Relationships p " +
            $"WHERE l.FromId = lineage.SourceId AND l.Type = {sql.Add((int)RelationshipType.LearnedIn)} " +
            $"AND p.FromId = l.ToId AND p.Type = {sql.Add((int)RelationshipType.PartOf)} " +
            "AND NOT EXISTS (SELECT 1 FROM Relationships a " +
            $"WHERE a.FromId = lineage.LessonId AND a.Type = {about} AND a.ToId = p.ToId)");
    }
}
