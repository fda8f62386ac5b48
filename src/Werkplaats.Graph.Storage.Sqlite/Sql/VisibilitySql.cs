using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// The draft and deleted rules, the only place the adapter decides them. A deleted lesson (Status <c>DELETED</c>) is
/// hidden unless WithDeleted; a draft lesson (Status <c>DRAFT</c>) is visible with AllDrafts, or when it is ABOUT one
/// of the issues whose drafts the caller may see. Every read path adds this condition.
/// </summary>
internal static class VisibilitySql
{
    /// <summary>Whether <see cref="Condition"/> is always true, so a read need not look at the node at all.</summary>
    public static bool HidesNothing(Visibility visibility) => visibility.AllDrafts && visibility.WithDeleted;

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
            $"WHERE va.FromId = {alias}.Id AND va.Type = {sql.Add((int)RelationshipType.About)} " +
            $"AND vi.Kind = {sql.Add((int)NodeKind.Issue)} AND vi.Key IN ({sql.AddList(visibility.DraftsOfIssues)}))))";
    }
}
