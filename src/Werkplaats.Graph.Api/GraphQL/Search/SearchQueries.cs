using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Search;

/// <summary>Full-text search over every kind.</summary>
public static class SearchQueries
{
    public const int MaxTextLength = 200;

    public static void AddSearchQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchResultType>>>>("search")
            .Description("Searches names, titles, summaries and descriptions of every kind, best match first. Case- and "
                + "accent-insensitive and Dutch-friendly: every word matches as a word prefix (\"cohesie\" finds "
                + "\"Sociale cohesie\", \"eenzaam\" finds \"eenzaamheid\", \"een\" finds \"één\"), all words required.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"The words to look for (at most {MaxTextLength} characters).")
            .Argument<ListGraphType<NonNullGraphType<NodeKindType>>>("kinds", "Only nodes of these kinds; every kind when left out.")
            .Argument<IntGraphType>(
                "first", $"How many results, 1 to {Paging.MaxPageSize}.", argument => argument.DefaultValue = Paging.DefaultPageSize)
            .ResolveAsync(async context =>
            {
                var text = context.GetArgument<string>("text");
                if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
                {
                    throw new ExecutionError($"text must hold a word and at most {MaxTextLength} characters.")
                    { Code = ErrorCodes.InvalidArgument };
                }

                var first = context.GetArgument("first", Paging.DefaultPageSize);
                if (first is < 1 or > Paging.MaxPageSize)
                {
                    throw new ExecutionError($"first must be between 1 and {Paging.MaxPageSize}; it was {first}.")
                    { Code = ErrorCodes.PageSizeOutOfRange };
                }

                var reader = context.Reader();
                var kinds = context.GetArgument<List<NodeKind>?>("kinds") ?? [.. Enum.GetValues<NodeKind>()];
                return await reader.SearchAsync(new SearchQuery(text, kinds, first, reader.Visibility), context.CancellationToken);
            });
}
