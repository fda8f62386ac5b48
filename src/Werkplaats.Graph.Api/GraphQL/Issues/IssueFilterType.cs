using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Issues;

/// <summary>The <c>IssueFilter</c> input as GraphQL.NET binds it.</summary>
public sealed class IssueFilterInput : INodeFilterInput
{
    public List<string>? Keys { get; init; }

    public List<IssueStatus>? Status { get; init; }

    public string? Text { get; init; }

    public NodeFilter ToNodeFilter()
    {
        List<NodeFilter?> parts =
        [
            Keys is null ? null : new NodeFilter.KeyIn(Keys),
            Status is null ? null : new NodeFilter.PropertyIn(NodeProperty.Status, [.. Status.Select(EnumNames.ToConstant)]),
            string.IsNullOrWhiteSpace(Text) ? null : new NodeFilter.TextMatches(Text),
        ];
        return new NodeFilter.AllOf([.. parts.OfType<NodeFilter>()]);
    }
}

/// <summary>Which issues to list.</summary>
public sealed class IssueFilterType : InputObjectGraphType<IssueFilterInput>
{
    public IssueFilterType()
    {
        Name = "IssueFilter";
        Description = "Which issues (ateliers) to return. Fields combine with AND.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keys")
            .Description("Issues with these keys; an empty list matches nothing.");
        Field<ListGraphType<NonNullGraphType<IssueStatusType>>>("status")
            .Description("Issues in one of these states; an empty list matches nothing.");
        Field<StringGraphType>("text").Description("Issues whose name or description contains every word (as `search` matches).");
    }
}
