using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Audit;

/// <summary>The root field of the audit log.</summary>
public static class ChangeLogQueries
{
    private const string CursorPrefix = "changeLog:";

    public static void AddChangeLogQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ChangeLogConnectionType>>("changeLog")
            .Description("Every change written through the API, newest first: who, when, which mutation and what it wrote. The programme committee's only (FORBIDDEN for others).")
            .Paged()
            .ResolveAsync(async context =>
            {
                context.RequireCommittee("the audit log");
                var first = Paging.PageSize(context);
                var before = context.GetArgument<string?>("after") is { } cursor ? Parse(cursor) : (long?)null;
                var page = await context.Service<IGraphWriter>().GetChangeLogAsync(before, first, context.CancellationToken);
                var edges = page.Entries.Select(e => new ChangeLogEdge(CursorOf(e.Sequence), e)).ToList();
                return new ChangeLogConnection(
                    edges, new PageInfo(page.HasMore, before is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
            });

    private static string CursorOf(long sequence) => OpaqueText.Encode(CursorPrefix + sequence.ToString(CultureInfo.InvariantCulture));

    private static long Parse(string cursor) =>
        OpaqueText.TryDecode(cursor, out var plain) && plain.StartsWith(CursorPrefix, StringComparison.Ordinal)
            && long.TryParse(plain[CursorPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : throw new ExecutionError("after is not a cursor of the change log.") { Code = ErrorCodes.InvalidCursor };
}

/// <summary>A page of the change log.</summary>
public sealed record ChangeLogConnection(IReadOnlyList<ChangeLogEdge> Edges, PageInfo PageInfo);

/// <summary>A change log entry and its cursor.</summary>
public sealed record ChangeLogEdge(string Cursor, ChangeLogEntry Node);
