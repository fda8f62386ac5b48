using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The root <c>lessons</c> and every <c>x.lessons</c>: filtered, ordered, paged.</summary>
public static class LessonLists
{
    public static void LessonsField<TSource>(
        this ObjectGraphType<TSource> type, string description, Func<TSource, NodeFilter> scope, string name = "lessons") =>
        type.NodeListField<TSource, LessonConnectionType, LessonFilterType, LessonFilterInput>(
            name,
            description,
            NodeKind.Lesson,
            scope,
            (typeof(LessonOrderType), NodeOrder.NewestFirst));
}
