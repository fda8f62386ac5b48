using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Neo4j.Cypher;

/// <summary>
/// The draft and deleted rules, the only place this adapter decides them (as SQLite's VisibilitySql does). A deleted
/// lesson is hidden unless WithDeleted (together with AllDrafts); a draft lesson is visible with AllDrafts, or when it
/// is ABOUT one of the issues whose drafts the caller may see. Every read statement adds this condition for every node
/// it returns.
/// </summary>
internal static class VisibilityCypher
{
    public static string Condition(string alias, Visibility visibility, CypherParameters parameters)
    {
        if (visibility.AllDrafts && visibility.WithDeleted)
        {
            return "true";
        }

        var notLesson = $"NOT {alias}:{nameof(NodeKind.Lesson)}";
        var status = $"{alias}.{NodeProperties.Status}";
        if (visibility.AllDrafts)
        {
            return $"({notLesson} OR {status} <> {parameters.Add(EnumNames.ToConstant(PublicationStatus.Deleted))})";
        }

        var published = $"({notLesson} OR {status} = {parameters.Add(EnumNames.ToConstant(PublicationStatus.Published))})";
        if (visibility.DraftsOfIssues.Count == 0)
        {
            return published;
        }

        return $"({published} OR ({status} = {parameters.Add(EnumNames.ToConstant(PublicationStatus.Draft))} " +
            $"AND EXISTS {{ MATCH ({alias})-[:{RelationshipSchema.GraphName(RelationshipType.About)}]->" +
            $"(visible:{nameof(NodeKind.Issue)}) WHERE visible.{NodeProperties.Key} IN {parameters.Add(visibility.DraftsOfIssues)} }}))";
    }
}
