using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Issues;

/// <summary>Where an issue stands on the agenda.</summary>
public sealed class IssueStatusType() : DescribedEnumType<IssueStatus>(
    "IssueStatus",
    "Where a social issue stands on the dynamic agenda: issues can change, merge, end, and new ones start.",
    new Dictionary<IssueStatus, string>
    {
        [IssueStatus.Active] = "The atelier is working on it.",
        [IssueStatus.Merged] = "Merged into another issue (see `mergedInto`); its practices and lessons stay reachable.",
        [IssueStatus.Retired] = "Ended; its knowledge stays in the graph.",
    });
