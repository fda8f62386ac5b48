using Werkplaats.Graph.Core.Analysis;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.GraphQL.Loading;

/// <summary>The read services behind the singleton schema: per request the reader, shared the analyses.</summary>
public static class LoadingExtensions
{
    public static IServiceCollection AddGraphReading(this IServiceCollection services) => services
        // The viewer middleware sets the request's Viewer; requests it does not see (and commands) are the public.
        .AddScoped(services => services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Features.Get<Viewer>() ?? Viewer.Anonymous)
        .AddScoped<GraphReader>()
        .AddSingleton<GraphTraversal>()
        .AddSingleton<SocialQualityMatrix>()
        .AddSingleton<IssueLinks>()
        .AddSingleton<BridgingPartners>();
}
