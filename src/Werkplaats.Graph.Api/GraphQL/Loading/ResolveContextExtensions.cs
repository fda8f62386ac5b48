using GraphQL;

namespace Werkplaats.Graph.Api.GraphQL.Loading;

/// <summary>Reaches the request's scoped services from a singleton schema's resolvers.</summary>
public static class ResolveContextExtensions
{
    public static GraphReader Reader(this IResolveFieldContext context) =>
        (context.RequestServices ?? throw new MissingRequestServicesException()).GetRequiredService<GraphReader>();
}
