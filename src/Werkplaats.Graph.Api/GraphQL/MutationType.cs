using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Issues;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Practices;

namespace Werkplaats.Graph.Api.GraphQL;

/// <summary>The root mutation type, assembled from the feature folders.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Writes to the knowledge graph. Each mutation is atomic (all of it is written or none of it), takes "
            + "an optional idempotencyKey, and reports refusals as typed errors in its payload.";
        this.AddLessonMutations();
        this.AddPracticeMutations();
        this.AddAgendaMutations();
    }
}
