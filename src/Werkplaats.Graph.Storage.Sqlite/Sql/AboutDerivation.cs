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

    public static SqlStatement AddMissing()
    {
        var sql = new SqlBuilder();
        var about = sql.Add((int)RelationshipType.About);
        return sql.Build(
            "WITH RECURSIVE lineage (LessonId, SourceId, Depth) AS (" +
            $" SELECT Id, Id, 0 FROM Nodes WHERE Kind = {sql.Add((int)NodeKind.Lesson)}" +
            " UNION" +
            " SELECT lineage.LessonId, d.ToId, lineage.Depth + 1 FROM lineage" +
            $" JOIN Relationships d ON d.FromId = lineage.SourceId AND d.Type = {sql.Add((int)RelationshipType.DerivedFrom)}" +
            $" WHERE lineage.Depth < {sql.Add(MaxLiftingDepth)}) " +
            "INSERT INTO Relationships (FromId, Type, ToId) " +
            $"SELECT DISTINCT lineage.LessonId, {about}, p.ToId FROM lineage " +
            $"JOIN Relationships l ON l.FromId = lineage.SourceId AND l.Type = {sql.Add((int)RelationshipType.LearnedIn)} " +
            $"JOIN Relationships p ON p.FromId = l.ToId AND p.Type = {sql.Add((int)RelationshipType.PartOf)} " +
            "WHERE NOT EXISTS (SELECT 1 FROM Relationships a " +
            $"WHERE a.FromId = lineage.LessonId AND a.Type = {about} AND a.ToId = p.ToId)");
    }
}
