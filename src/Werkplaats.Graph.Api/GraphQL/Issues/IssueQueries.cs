using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Issues;

/// <summary>The root fields for issues.</summary>
public static class IssueQueries
{
    public static void AddIssueQueries(this ObjectGraphType query)
    {
        query.NodeByKeyField<IssueType, Issue>("issue", NodeKind.Issue, "A social issue (atelier) by its key.");
        query.NodeListField<object?, IssueConnectionType, IssueFilterType, IssueFilterInput>(
            "issues",
            "The social issues on the agenda, each worked on in a learning atelier, by name.",
            NodeKind.Issue,
            _ => NodeFilter.Everything);
    }
}
