using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Relay;

/// <summary>A page of nodes as a Relay connection.</summary>
public sealed record Connection(IReadOnlyList<Edge> Edges, long TotalCount, PageInfo PageInfo);

/// <summary>A node and its cursor.</summary>
public sealed record Edge(string Cursor, GraphNode Node);

/// <summary>Where the page stands in the whole list.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
