using GraphQL;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Lessons;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Api.GraphQL.Mutations;

/// <summary>The write services behind the mutations, and how a resolver reaches them.</summary>
public static class WritingExtensions
{
    public static IServiceCollection AddGraphWriting(this IServiceCollection services) => services
        .AddSingleton(TimeProvider.System)
        .AddSingleton<LessonWrites>();

    /// <summary>The caller as a writer; null for the public.</summary>
    public static Editor? Editor(this IResolveFieldContext context) => context.Service<Viewer>().Editor;
}
