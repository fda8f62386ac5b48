using Werkplaats.Graph.Core.Analysis;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.GraphQL.Loading;

/// <summary>The read services behind the singleton schema: per request the reader, shared the analyses.</summary>
public static class LoadingExtensions
{
    public static IServiceCollection AddGraphReading(this IServiceCollection services) => services
        .AddScoped<Viewer>()
        .AddScoped<GraphReader>()
        .AddSingleton<GraphTraversal>()
        .AddSingleton<SocialQualityMatrix>()
        .AddSingleton<IssueLinks>()
        .AddSingleton<BridgingPartners>();
}
