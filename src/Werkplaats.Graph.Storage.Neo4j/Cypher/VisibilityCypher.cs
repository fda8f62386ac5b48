using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Neo4j.Cypher;

/// <summary>
/// The draft rule, the only place this adapter decides it: a draft lesson is visible with AllDrafts, or when it is
/// ABOUT one of the issues whose drafts the caller may see. Every read statement adds this condition for every node it
/// returns.
/// </summary>
internal static class VisibilityCypher
{
    public static string Condition(string alias, Visibility visibility, CypherParameters parameters)
    {
        if (visibility.AllDrafts)
        {
            return "true";
        }

        var notDraft = $"(NOT {alias}:{nameof(NodeKind.Lesson)} OR {alias}.{NodeProperties.Status} <> " +
            $"{parameters.Add(EnumNames.ToConstant(PublicationStatus.Draft))})";
        if (visibility.DraftsOfIssues.Count == 0)
        {
            return notDraft;
        }

        return $"({notDraft} OR EXISTS {{ MATCH ({alias})-[:{RelationshipSchema.GraphName(RelationshipType.About)}]->" +
            $"(visible:{nameof(NodeKind.Issue)}) WHERE visible.{NodeProperties.Key} IN {parameters.Add(visibility.DraftsOfIssues)} }})";
    }
}
