using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// Lesson counts per cell, kept by the database in step with every write, so the matrix and the counts of
/// condition/level/domain/issue filters cost the same at any size. A cell is a pair of tags (a lesson's relationship
/// of a tag type to a condition, level, domain or issue) in canonical order, the pair of a tag with itself (lessons
/// with that tag), or <see cref="TotalType"/> (all lessons); each cell is counted per visibility bucket
/// (<see cref="VisibilitySql.Bucket"/>): published lessons in one bucket, drafts in the bucket of their ABOUT issues
/// and once more in the bucket of all drafts.
/// <para>
/// Which lessons count, in which cells, is decided by <see cref="Contributions"/> alone (and which lessons at all by
/// <see cref="Counted"/>). Triggers on Nodes and Relationships keep the cells exact: before a row that can change a
/// lesson's contributions changes, the lesson's contributions are withdrawn; after it, deposited again from the new
/// state. A lesson withdrawn and not deposited (a statement that was ignored after its BEFORE trigger) is listed in
/// <see cref="PendingTable"/>; readers fall back to counting rows while any is, and writers settle them before commit.
/// </para>
/// </summary>
internal static class LessonCounts
{
    public const string Table = "LessonCounts";

    /// <summary>Issue id → the draft buckets of lessons ABOUT it: how a caller's draft issues find their buckets.</summary>
    public const string BucketIssuesTable = "LessonCountBuckets";

    /// <summary>Lessons whose contributions are withdrawn and not yet deposited again.</summary>
    public const string PendingTable = "LessonCountsPending";

    /// <summary>The type of the cell that counts all lessons (its ids are 0); no relationship type is negative.</summary>
    public const int TotalType = -1;

    private const string TriggerPrefix = "LessonCounts_";

    /// <summary>The tags a lesson is counted by: the relationship types that lead from a lesson to what filters name.</summary>
    public static readonly IReadOnlyList<RelationshipType> TagTypes =
        [RelationshipType.Touches, RelationshipType.AtLevel, RelationshipType.InDomain, RelationshipType.About];

    private const string Key = "Bucket, FirstType, SecondType, FirstId, SecondId";

    public const string CreateTablesSql =
        $"CREATE TABLE IF NOT EXISTS {Table} (Bucket TEXT NOT NULL, FirstType INTEGER NOT NULL, SecondType INTEGER NOT NULL, " +
        $"FirstId INTEGER NOT NULL, SecondId INTEGER NOT NULL, Count INTEGER NOT NULL, PRIMARY KEY ({Key})) WITHOUT ROWID; " +
        $"CREATE TABLE IF NOT EXISTS {BucketIssuesTable} (IssueId INTEGER NOT NULL, Bucket TEXT NOT NULL, " +
        "PRIMARY KEY (IssueId, Bucket)) WITHOUT ROWID; " +
        $"CREATE TABLE IF NOT EXISTS {PendingTable} (LessonId INTEGER NOT NULL PRIMARY KEY)";

    /// <summary>Whether the cells table exists yet (a file made before it gets it, filled, on start).</summary>
    public static SqlStatement TableExists()
    {
        var sql = new SqlBuilder();
        return sql.Build($"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = {sql.Add(Table)})");
    }

    /// <summary>The definitions of the count triggers as stored, in name order; they differ from ours after a change of definition.</summary>
    public static SqlStatement StoredTriggers()
    {
        var sql = new SqlBuilder();
        return sql.Build(
            $"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, {sql.Add(TriggerPrefix.Length)}) = " +
            $"{sql.Add(TriggerPrefix)} ORDER BY name");
    }

    /// <summary>
    /// The lessons that count at all (not deleted ones: <see cref="VisibilitySql.IsCounted"/>). Every count, trigger and
    /// rebuild goes through here.
    /// </summary>
    public static string Counted(string alias, SqlBuilder sql) => VisibilitySql.IsCounted(alias, sql);

    /// <summary>
    /// The cells of the counted lessons that pass <paramref name="lessons"/> (a condition on <c>n</c>), with how many
    /// lessons each: columns Bucket, FirstType, SecondType, FirstId, SecondId, Count. A lesson counts in every pair of
    /// its tags (a pair in canonical order, each tag also with itself) and in the total, in its bucket, and a draft
    /// once more in the bucket of all drafts.
    /// </summary>
    public static string Contributions(string lessons, SqlBuilder sql)
    {
        // Each lesson twice (copies 0 and 1): the second copy of a draft counts in the bucket of all drafts.
        var bucket = $"CASE WHEN copies.AllDrafts = 1 THEN {sql.Add(VisibilitySql.AllDraftsBucket)} ELSE {VisibilitySql.Bucket("n", sql)} END";
        var buckets = $"Nodes n CROSS JOIN (SELECT 0 AS AllDrafts UNION ALL SELECT 1) copies";
        var counted = $"{Counted("n", sql)} AND {lessons} AND (copies.AllDrafts = 0 OR {VisibilitySql.IsDraft("n", sql)})";
        var tagTypes = sql.AddList(TagTypes.Select(t => (int)t));
        return
            $"SELECT {bucket} AS Bucket, r1.Type AS FirstType, r2.Type AS SecondType, r1.ToId AS FirstId, r2.ToId AS SecondId, " +
            $"COUNT(*) AS Count FROM {buckets} CROSS JOIN Relationships r1 CROSS JOIN Relationships r2 " +
            $"WHERE {counted} AND r1.FromId = n.Id AND r1.Type IN ({tagTypes}) AND r2.FromId = n.Id AND r2.Type IN ({tagTypes}) " +
            "AND (r2.Type, r2.ToId) >= (r1.Type, r1.ToId) GROUP BY 1, 2, 3, 4, 5 " +
            $"UNION ALL SELECT {bucket}, {sql.Add(TotalType)}, {sql.Add(TotalType)}, 0, 0, COUNT(*) FROM {buckets} " +
            $"WHERE {counted} GROUP BY 1";
    }

    /// <summary>Recounts every cell from scratch: after a bulk import, and on start when the cells are missing or outdated.</summary>
    public static IEnumerable<SqlStatement> Rebuild()
    {
        yield return new SqlBuilder().Build($"DELETE FROM {Table}; DELETE FROM {BucketIssuesTable}; DELETE FROM {PendingTable}");
        var sql = new SqlBuilder();
        yield return sql.Build($"INSERT INTO {Table} ({Key}, Count) SELECT * FROM ({Contributions("1", sql)}) WHERE 1");
        var buckets = new SqlBuilder();
        yield return buckets.Build(BucketIssues("1", buckets));
    }

    /// <summary>Deposits the lessons left withdrawn (see the class summary): before every commit of a writer, and on start.</summary>
    public static SqlStatement Settle()
    {
        var sql = new SqlBuilder();
        var pending = $"n.Id IN (SELECT LessonId FROM {PendingTable})";
        return sql.Build($"{Add(+1, pending, sql)}; {BucketIssues(pending, sql)}; DELETE FROM {PendingTable}");
    }

    /// <summary>The triggers to drop before a bulk import (which rebuilds instead of counting row by row).</summary>
    public static IEnumerable<SqlStatement> DropTriggers() => Triggers().Select(t => DropTrigger(t.Name));

    /// <summary>Drops a count trigger by name, e.g. one stored by an older definition.</summary>
    public static SqlStatement DropTrigger(string name)
    {
        if (!name.StartsWith(TriggerPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{name} is not a count trigger.", nameof(name));
        }

        return new SqlBuilder().Build($"DROP TRIGGER IF EXISTS \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
    }

    public static IEnumerable<SqlStatement> CreateTriggers() => Triggers().Select(t => new SqlBuilder().Build(t.Sql));

    /// <summary>
    /// The count triggers, by name. A relationship of a tag type changes its start lesson's contributions; an inserted,
    /// updated or deleted lesson row its own (its status decides its bucket). Inserted lessons have no id before
    /// the insert, and nothing to withdraw.
    /// </summary>
    public static IReadOnlyList<(string Name, string Sql)> Triggers()
    {
        var sql = SqlBuilder.ForDefinitions();
        var tag = $"IN ({sql.AddList(TagTypes.Select(t => (int)t))})";
        var lesson = sql.Add((int)NodeKind.Lesson);
        return
        [
            Trigger("RelationshipDeleted", "AFTER DELETE ON Relationships", $"OLD.Type {tag}", Deposit("OLD.FromId", sql)),
            Trigger("RelationshipDeleting", "BEFORE DELETE ON Relationships", $"OLD.Type {tag}", Withdraw("OLD.FromId", sql)),
            Trigger("RelationshipInserted", "AFTER INSERT ON Relationships", $"NEW.Type {tag}", Deposit("NEW.FromId", sql)),
            Trigger("RelationshipInserting", "BEFORE INSERT ON Relationships", $"NEW.Type {tag}", Withdraw("NEW.FromId", sql)),
            Trigger(
                "RelationshipUpdated",
                "AFTER UPDATE OF FromId, Type, ToId ON Relationships",
                $"OLD.Type {tag} OR NEW.Type {tag}",
                Deposit("OLD.FromId", sql) + Deposit("NEW.FromId", sql)),
            Trigger(
                "RelationshipUpdating",
                "BEFORE UPDATE OF FromId, Type, ToId ON Relationships",
                $"OLD.Type {tag} OR NEW.Type {tag}",
                Withdraw("OLD.FromId", sql) + Withdraw("NEW.FromId", sql)),
            Trigger("LessonDeleted", "AFTER DELETE ON Nodes", $"OLD.Kind = {lesson}", Deposit("OLD.Id", sql)),
            Trigger("LessonDeleting", "BEFORE DELETE ON Nodes", $"OLD.Kind = {lesson}", Withdraw("OLD.Id", sql)),
            Trigger(
                "LessonInserted",
                "AFTER INSERT ON Nodes",
                $"NEW.Kind = {lesson}",
                $"INSERT OR IGNORE INTO {PendingTable} (LessonId) VALUES (NEW.Id); {Deposit("NEW.Id", sql)}"),
            Trigger("LessonUpdated", "AFTER UPDATE ON Nodes", $"OLD.Kind = {lesson} OR NEW.Kind = {lesson}", Deposit("NEW.Id", sql)),
            Trigger("LessonUpdating", "BEFORE UPDATE ON Nodes", $"OLD.Kind = {lesson} OR NEW.Kind = {lesson}", Withdraw("OLD.Id", sql)),
        ];
    }

    private static (string Name, string Sql) Trigger(string name, string timingAndEvent, string when, string body) =>
        (TriggerPrefix + name, $"CREATE TRIGGER {TriggerPrefix}{name} {timingAndEvent} FOR EACH ROW WHEN {when} BEGIN {body} END");

    /// <summary>Takes the lesson's contributions out of the cells, unless they are out already, and marks it pending.</summary>
    private static string Withdraw(string lessonId, SqlBuilder sql) =>
        $"{Add(-1, $"n.Id = {lessonId} AND NOT {IsPending(lessonId)}", sql)}; " +
        $"INSERT OR IGNORE INTO {PendingTable} (LessonId) VALUES ({lessonId}); ";

    /// <summary>Puts a pending lesson's contributions back into the cells, from its state now.</summary>
    private static string Deposit(string lessonId, SqlBuilder sql)
    {
        var lesson = $"n.Id = {lessonId} AND {IsPending(lessonId)}";
        return $"{Add(+1, lesson, sql)}; {BucketIssues(lesson, sql)}; DELETE FROM {PendingTable} WHERE LessonId = {lessonId}; ";
    }

    private static string IsPending(string lessonId) => $"EXISTS (SELECT 1 FROM {PendingTable} WHERE LessonId = {lessonId})";

    private static string Add(int sign, string lessons, SqlBuilder sql) =>
        $"INSERT INTO {Table} ({Key}, Count) SELECT {Key}, {sign} * Count FROM ({Contributions(lessons, sql)}) WHERE 1 " +
        $"ON CONFLICT ({Key}) DO UPDATE SET Count = Count + excluded.Count";

    /// <summary>Records, for each draft of <paramref name="lessons"/>, which issues open its bucket.</summary>
    private static string BucketIssues(string lessons, SqlBuilder sql) =>
        $"INSERT OR IGNORE INTO {BucketIssuesTable} (IssueId, Bucket) SELECT a.ToId, {VisibilitySql.Bucket("n", sql)} " +
        $"FROM Nodes n CROSS JOIN Relationships a WHERE {Counted("n", sql)} AND {lessons} AND {VisibilitySql.IsDraft("n", sql)} " +
        $"AND a.FromId = n.Id AND a.Type = {sql.Add((int)RelationshipType.About)}";
}
