using GraphQL;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Agenda;
using Werkplaats.Graph.Core.Lessons;
using Werkplaats.Graph.Core.Practices;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Api.GraphQL.Mutations;

/// <summary>The write services behind the mutations, and how a resolver reaches them.</summary>
public static class WritingExtensions
{
    public static IServiceCollection AddGraphWriting(this IServiceCollection services) => services
        .AddSingleton(TimeProvider.System)
        .AddSingleton<GraphEdits>()
        .AddSingleton<LessonWrites>()
        .AddSingleton<PracticeWrites>()
        .AddSingleton<AgendaWrites>();

    /// <summary>The caller as a writer; null for the public.</summary>
    public static Editor? Editor(this IResolveFieldContext context) => context.Service<Viewer>().Editor;

    /// <summary>Refuses the field (FORBIDDEN) unless the caller is on the programme committee.</summary>
    public static void RequireCommittee(this IResolveFieldContext context, string what)
    {
        if (context.Editor() is not { Access.ManagesAgenda: true })
        {
            throw new ExecutionError($"Only the programme committee may read {what}; sign in as one of its members.")
            { Code = ErrorCodes.Forbidden };
        }
    }
}
