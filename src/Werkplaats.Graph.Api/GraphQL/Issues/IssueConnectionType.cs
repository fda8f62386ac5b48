using Werkplaats.Graph.Api.GraphQL.Relay;

namespace Werkplaats.Graph.Api.GraphQL.Issues;

/// <summary>A page of issues.</summary>
public sealed class IssueConnectionType() : ConnectionType<IssueType, IssueEdgeType>("Issue");

/// <summary>An issue in a list.</summary>
public sealed class IssueEdgeType() : EdgeType<IssueType>("Issue");
