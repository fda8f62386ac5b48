using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// The draft rule, the only place the adapter decides it: a draft lesson is visible with AllDrafts, or when it is
/// ABOUT one of the issues whose drafts the caller may see. Every read path adds this condition.
/// </summary>
internal static class VisibilitySql
{
    public static string Condition(string alias, Visibility visibility, SqlBuilder sql)
    {
        if (visibility.AllDrafts)
        {
            return "1";
        }

        var notDraft = $"({alias}.Kind <> {sql.Add((int)NodeKind.Lesson)} " +
            $"OR {alias}.Status <> {sql.Add(EnumNames.ToConstant(PublicationStatus.Draft))})";
        if (visibility.DraftsOfIssues.Count == 0)
        {
            return notDraft;
        }

        return $"({notDraft} OR EXISTS (SELECT 1 FROM Relationships va JOIN Nodes vi ON vi.Id = va.ToId " +
            $"WHERE va.FromId = {alias}.Id AND va.Type = {sql.Add((int)RelationshipType.About)} " +
            $"AND vi.Kind = {sql.Add((int)NodeKind.Issue)} AND vi.Key IN ({sql.AddList(visibility.DraftsOfIssues)})))";
    }
}
