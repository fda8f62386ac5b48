using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Lessons;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The root mutation fields for lessons.</summary>
public static class LessonMutations
{
    public static void AddLessonMutations(this ObjectGraphType mutation)
    {
        mutation.WriteField<RecordLessonInputType, RecordLessonPayloadType, RecordLessonInput, LessonWrites>(
            "recordLesson",
            "Records a lesson as a draft, learned in practices of ateliers whose lessons you may record (Arena, trekker, programme committee).",
            (writes, editor, input, ct) => writes.RecordAsync(editor, input, ct));
        mutation.WriteField<UpdateLessonInputType, UpdateLessonPayloadType, UpdateLessonInput, LessonWrites>(
            "updateLesson",
            "Changes a lesson of an atelier whose lessons you may change (Arena, trekker, programme committee); new practices must be of such an atelier too.",
            (writes, editor, input, ct) => writes.UpdateAsync(editor, input, ct));
        mutation.WriteField<RelateLessonsInputType, RelateLessonsPayloadType, RelateLessonsInput, LessonWrites>(
            "relateLessons",
            "Connects two lessons you see (RELATES_TO), when you may change the lessons of an atelier of either.",
            (writes, editor, input, ct) => writes.RelateAsync(editor, input, ct));
        mutation.WriteField<PublishLessonInputType, PublishLessonPayloadType, PublishLessonInput, LessonWrites>(
            "publishLesson",
            "Publishes a lesson, or with publish: false takes it back to draft: the trekker's right, and the programme committee's.",
            (writes, editor, input, ct) => writes.PublishAsync(editor, input, ct));
        mutation.WriteField<LiftLessonsInputType, LiftLessonsPayloadType, LiftLessonsInput, LessonWrites>(
            "liftLessons",
            "Lifts lessons you see into a new regional (or national) draft lesson DERIVED_FROM each: the right of the trekker of at least one of their ateliers, and of the programme committee.",
            (writes, editor, input, ct) => writes.LiftAsync(editor, input, ct));
        mutation.WriteField<DeleteLessonInputType, DeleteLessonPayloadType, LessonKeyInput, LessonWrites>(
            "deleteLesson",
            "Deletes a lesson softly: hidden from every list, count, search and traversal, for everyone, until the programme committee restores it. The right of its atelier's Arena and trekker.",
            (writes, editor, input, ct) => writes.DeleteAsync(editor, input, ct));
        mutation.WriteField<RestoreLessonInputType, RestoreLessonPayloadType, LessonKeyInput, LessonWrites>(
            "restoreLesson",
            "Restores a deleted lesson as a draft (see deletedLessons): the programme committee's right.",
            (writes, editor, input, ct) => writes.RestoreAsync(editor, input, ct));
    }
}
