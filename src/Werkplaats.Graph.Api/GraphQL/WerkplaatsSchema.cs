using GraphQL.Types;

namespace Werkplaats.Graph.Api.GraphQL;

/// <summary>The one schema of the API: a singleton, built from DI; its root types are assembled per feature.</summary>
public sealed class WerkplaatsSchema : Schema
{
    public WerkplaatsSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description = "Werkplaats Graph: the knowledge graph of the Werkplaats Sociaal Domein Nijmegen.";
        Query = query;
        Mutation = mutation;
    }
}
