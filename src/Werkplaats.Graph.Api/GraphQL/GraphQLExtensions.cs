using GraphQL;
using Werkplaats.Graph.Api.GraphQL.Loading;

namespace Werkplaats.Graph.Api.GraphQL;

/// <summary>Registers the GraphQL schema and execution, and maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLExtensions
{
    public static WebApplicationBuilder AddGraphQLApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphReading();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<WerkplaatsSchema>()
            .AddGraphTypes(typeof(WerkplaatsSchema).Assembly)
            .AddSystemTextJson());
        return builder;
    }

    public static WebApplication MapGraphQLApi(this WebApplication app) => app;
}
