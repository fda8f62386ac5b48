using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Search;

/// <summary>A search hit.</summary>
public sealed class SearchResultType : ObjectGraphType<SearchHit>
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "A node that matched a search, with its rank.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node; ask for its fields with `... on Lesson { title }` etc.")
            .Resolve(context => context.Source.Node);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("How well it matched: higher is better; compare within one search only.")
            .Resolve(context => context.Source.Score);
    }
}
