using GraphQL.Types;

namespace Werkplaats.Graph.Api.GraphQL;

/// <summary>The root query type; every feature adds its fields in its own file (see the feature folders).</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Reads of the knowledge graph: nodes by id or key, lists with filters, and search.";
        Field<NonNullGraphType<StringGraphType>>("apiVersion")
            .Description("The version of this API.")
            .Resolve(_ => "1");
    }
}
