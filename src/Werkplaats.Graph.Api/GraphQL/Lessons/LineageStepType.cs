using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>A step in a lesson's lifting tree.</summary>
public sealed class LineageStepType : ObjectGraphType<LineageStep>
{
    public LineageStepType()
    {
        Name = "LineageStep";
        Description = "A lesson in a lifting tree, and how far it is from the lesson the tree starts at.";
        Field<NonNullGraphType<LessonType>>("lesson").Description("The lesson.").Resolve(context => context.Source.Lesson);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("Steps from the starting lesson (1 = directly derived).")
            .Resolve(context => context.Source.Depth);
        Field<LessonType>("reachedFrom").Description("The lesson one step nearer the start.")
            .Resolve(context => context.Source.ReachedFrom is { } key ? context.Reader().Node<Lesson>(new NodeRef(NodeKind.Lesson, key)) : null);
    }
}
