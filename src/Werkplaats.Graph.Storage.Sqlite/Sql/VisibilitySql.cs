using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// The draft and deleted rules, the only place the adapter decides them. A deleted lesson (Status <c>DELETED</c>) is
/// hidden unless WithDeleted; a draft lesson (Status <c>DRAFT</c>) is visible with AllDrafts, or when it is ABOUT one
/// of the issues whose drafts the caller may see. Every read path adds this condition: on a node
/// (<see cref="Condition"/>), or on a bucket of the maintained lesson counts (<see cref="VisibleBuckets"/>), which are
/// keyed by the same test and the same ABOUT issues (<see cref="Bucket"/>) and hold no deleted lesson.
/// </summary>
internal static class VisibilitySql
{
    /// <summary>The bucket of published lessons: counted for everyone.</summary>
    public const string PublishedBucket = "";

    /// <summary>The bucket that counts every draft once more: what a caller with AllDrafts adds to the published one.</summary>
    public const string AllDraftsBucket = "*";

    /// <summary>Whether <see cref="Condition"/> is always true, so a read need not look at the node at all.</summary>
    public static bool HidesNothing(Visibility visibility) => visibility.AllDrafts && visibility.WithDeleted;

    /// <summary>The node of <paramref name="alias"/> counts in the maintained lesson counts: a lesson not deleted.</summary>
    public static string IsCounted(string alias, SqlBuilder sql) =>
        $"({alias}.Kind = {sql.Add((int)NodeKind.Lesson)} AND {alias}.Status <> {sql.Add(EnumNames.ToConstant(PublicationStatus.Deleted))})";

    public static string Condition(string alias, Visibility visibility, SqlBuilder sql)
    {
        if (HidesNothing(visibility))
        {
            return "1";
        }

        var notLesson = $"{alias}.Kind <> {sql.Add((int)NodeKind.Lesson)}";
        if (visibility.AllDrafts)
        {
            return $"({notLesson} OR {alias}.Status <> {sql.Add(EnumNames.ToConstant(PublicationStatus.Deleted))})";
        }

        var published = $"({notLesson} OR {alias}.Status = {sql.Add(EnumNames.ToConstant(PublicationStatus.Published))})";
        if (visibility.DraftsOfIssues.Count == 0)
        {
            return published;
        }

        return $"({published} OR ({alias}.Status = {sql.Add(EnumNames.ToConstant(PublicationStatus.Draft))} " +
            $"AND EXISTS (SELECT 1 FROM Relationships va JOIN Nodes vi ON vi.Id = va.ToId " +
            $"WHERE {About(alias, "va", sql)} AND {OpensDrafts("vi", visibility, sql)})))";
    }

    /// <summary>
    /// The node of <paramref name="alias"/> is a draft lesson: the rows <see cref="Condition"/> hides unless allowed.
    /// </summary>
    public static string IsDraft(string alias, SqlBuilder sql) =>
        $"({alias}.Kind = {sql.Add((int)NodeKind.Lesson)} AND {alias}.Status = {sql.Add(EnumNames.ToConstant(PublicationStatus.Draft))})";

    /// <summary>
    /// The visibility bucket of the lesson of <paramref name="alias"/>: <see cref="PublishedBucket"/>, or for a draft
    /// <c>#</c> and the ids of its ABOUT issues in order (<c>#3,17</c>), so drafts that the same callers may see share a bucket.
    /// The order comes from an ordered subquery, not <c>group_concat(… ORDER BY …)</c>: the triggers that hold this text
    /// are part of the file's schema, which a SQLite before 3.44 (e.g. Debian's sqlite3 shell) could then not read.
    /// </summary>
    public static string Bucket(string alias, SqlBuilder sql) =>
        $"CASE WHEN {IsDraft(alias, sql)} THEN '#' || ifnull((SELECT group_concat(ToId, ',') FROM " +
        $"(SELECT va.ToId FROM Relationships va WHERE {About(alias, "va", sql)} ORDER BY va.ToId)), '') ELSE {sql.Add(PublishedBucket)} END";

    /// <summary>
    /// The buckets a caller sees, as an <c>IN</c> list: the published one; with AllDrafts the one of all drafts; with
    /// drafts of some issues the buckets of drafts ABOUT one of them (<paramref name="bucketIssues"/> maps an issue id to
    /// the buckets of drafts about it).
    /// </summary>
    public static string VisibleBuckets(Visibility visibility, string bucketIssues, SqlBuilder sql)
    {
        if (visibility.AllDrafts)
        {
            return $"{sql.Add(PublishedBucket)}, {sql.Add(AllDraftsBucket)}";
        }

        if (visibility.DraftsOfIssues.Count == 0)
        {
            return sql.Add(PublishedBucket);
        }

        return $"SELECT {sql.Add(PublishedBucket)} UNION SELECT vb.Bucket FROM {bucketIssues} vb JOIN Nodes vi ON vi.Id = vb.IssueId " +
            $"WHERE {OpensDrafts("vi", visibility, sql)}";
    }

    /// <summary>The relationship row <paramref name="about"/> leads from the lesson to one of its issues.</summary>
    private static string About(string lesson, string about, SqlBuilder sql) =>
        $"{about}.FromId = {lesson}.Id AND {about}.Type = {sql.Add((int)RelationshipType.About)}";

    /// <summary>The issue of <paramref name="issue"/> is one whose drafts the caller may see.</summary>
    private static string OpensDrafts(string issue, Visibility visibility, SqlBuilder sql) =>
        $"{issue}.Kind = {sql.Add((int)NodeKind.Issue)} AND {issue}.Key IN ({sql.AddList(visibility.DraftsOfIssues)})";
}
