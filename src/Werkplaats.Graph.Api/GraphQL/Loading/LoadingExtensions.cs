namespace Werkplaats.Graph.Api.GraphQL.Loading;

/// <summary>The per-request read services behind the singleton schema.</summary>
public static class LoadingExtensions
{
    public static IServiceCollection AddGraphReading(this IServiceCollection services) => services
        .AddScoped<Viewer>()
        .AddScoped<GraphReader>();
}
