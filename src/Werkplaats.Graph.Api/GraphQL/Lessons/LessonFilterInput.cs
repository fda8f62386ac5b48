using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The <c>LessonFilter</c> input as GraphQL.NET binds it.</summary>
public sealed class LessonFilterInput : INodeFilterInput
{
    public List<ConditionKey>? Conditions { get; init; }

    public List<LevelKey>? Levels { get; init; }

    public List<string>? Issues { get; init; }

    public List<string>? Domains { get; init; }

    public List<string>? Actors { get; init; }

    public List<string>? Practices { get; init; }

    public List<LessonScope>? Scope { get; init; }

    public List<EvidenceKind>? Evidence { get; init; }

    public string? Text { get; init; }

    public DateOnly? LearnedAfter { get; init; }

    public DateOnly? LearnedBefore { get; init; }

    public List<LessonFilterInput>? And { get; init; }

    public List<LessonFilterInput>? Or { get; init; }

    public LessonFilterInput? Not { get; init; }

    public NodeFilter ToNodeFilter() => LessonFilters.Compile(this);
}
