using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The root fields for lessons.</summary>
public static class LessonQueries
{
    public static void AddLessonQueries(this ObjectGraphType query)
    {
        query.NodeByKeyField<LessonType, Lesson>("lesson", NodeKind.Lesson, "A lesson by its key.");
        query.LessonsField(
            "Lessons learned across all ateliers, filtered, newest first unless ordered otherwise.",
            _ => NodeFilter.Everything);
        query.Field<NonNullGraphType<LessonConnectionType>>("deletedLessons")
            .Description("The deleted lessons, newest first, to restore with restoreLesson: the programme committee's only (FORBIDDEN for others).")
            .Paged()
            .ResolveAsync(async context =>
            {
                context.RequireCommittee("the deleted lessons");
                var deleted = new NodeFilter.PropertyIn(NodeProperty.Status, [EnumNames.ToConstant(PublicationStatus.Deleted)]);
                return await Paging.ListAsync(context, NodeKind.Lesson, deleted, NodeOrder.NewestFirst, Visibility.Everything);
            });
    }
}
