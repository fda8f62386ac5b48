using GraphQL;

namespace Werkplaats.Graph.Api.GraphQL.Loading;

/// <summary>Reaches the request's scoped services from a singleton schema's resolvers.</summary>
public static class ResolveContextExtensions
{
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new MissingRequestServicesException()).GetRequiredService<T>();

    public static GraphReader Reader(this IResolveFieldContext context) => context.Service<GraphReader>();
}
