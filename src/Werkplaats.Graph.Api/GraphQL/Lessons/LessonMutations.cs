using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Lessons;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The root mutation fields for lessons.</summary>
public static class LessonMutations
{
    public static void AddLessonMutations(this ObjectGraphType mutation)
    {
        mutation.LessonMutation<RecordLessonInputType, RecordLessonPayloadType, RecordLessonInput>(
            "recordLesson",
            "Records a lesson as a draft, learned in practices of ateliers whose lessons you may record (Arena, trekker, programme committee).",
            (writes, editor, input, ct) => writes.RecordAsync(editor, input, ct));
        mutation.LessonMutation<UpdateLessonInputType, UpdateLessonPayloadType, UpdateLessonInput>(
            "updateLesson",
            "Changes a lesson of an atelier whose lessons you may change (Arena, trekker, programme committee).",
            (writes, editor, input, ct) => writes.UpdateAsync(editor, input, ct));
        mutation.LessonMutation<RelateLessonsInputType, RelateLessonsPayloadType, RelateLessonsInput>(
            "relateLessons",
            "Connects two lessons you see (RELATES_TO), when you may change the lessons of an atelier of either.",
            (writes, editor, input, ct) => writes.RelateAsync(editor, input, ct));
        mutation.LessonMutation<PublishLessonInputType, PublishLessonPayloadType, PublishLessonInput>(
            "publishLesson",
            "Publishes a lesson, or with publish: false takes it back to draft: the trekker's right, and the programme committee's.",
            (writes, editor, input, ct) => writes.PublishAsync(editor, input, ct));
    }

    private static void LessonMutation<TInputType, TPayloadType, TInput>(
        this ObjectGraphType mutation,
        string name,
        string description,
        Func<LessonWrites, Editor?, TInput, CancellationToken, Task<WriteResult>> write)
        where TInputType : IInputObjectGraphType
        where TPayloadType : IGraphType =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "What to write.")
            .ResolveAsync(async context => await write(
                context.Service<LessonWrites>(), context.Editor(), context.GetArgument<TInput>("input"), context.CancellationToken));
}
