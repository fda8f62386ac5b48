using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Relay;

/// <summary>A page of nodes as a Relay connection; <see cref="TotalCount"/> is null when the selection has no <c>totalCount</c>.</summary>
public sealed record Connection(IReadOnlyList<Edge> Edges, long? TotalCount, PageInfo PageInfo);

/// <summary>A node and its cursor.</summary>
public sealed record Edge(string Cursor, GraphNode Node);

/// <summary>Where the page stands in the whole list.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
