using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>What most lesson mutations return: the lesson as it now is, or the reasons nothing was written.</summary>
public abstract class LessonPayloadType(string name, string written)
    : NodePayloadType<LessonType, Lesson>(name, "lesson", NodeKind.Lesson, written);

/// <summary>The payload of recordLesson.</summary>
public sealed class RecordLessonPayloadType() : LessonPayloadType("RecordLessonPayload", "the lesson recorded, as a draft");

/// <summary>The payload of updateLesson.</summary>
public sealed class UpdateLessonPayloadType() : LessonPayloadType("UpdateLessonPayload", "the lesson as changed");

/// <summary>The payload of relateLessons.</summary>
public sealed class RelateLessonsPayloadType() : LessonPayloadType("RelateLessonsPayload", "the lesson the connection starts from, its relatedLessons including the other");

/// <summary>The payload of publishLesson.</summary>
public sealed class PublishLessonPayloadType() : LessonPayloadType("PublishLessonPayload", "the lesson, published or back in draft");

/// <summary>The payload of liftLessons.</summary>
public sealed class LiftLessonsPayloadType() : LessonPayloadType("LiftLessonsPayload", "the lifted lesson, a draft, its derivedFrom the lessons lifted");

/// <summary>The payload of restoreLesson.</summary>
public sealed class RestoreLessonPayloadType() : LessonPayloadType("RestoreLessonPayload", "the lesson restored, as a draft");

/// <summary>The payload of deleteLesson: only the key, since a deleted lesson is visible to no one.</summary>
public sealed class DeleteLessonPayloadType : PayloadType
{
    public DeleteLessonPayloadType()
        : base("DeleteLessonPayload", "the key of the lesson deleted") =>
        Field<StringGraphType>("deletedKey").Description("The key of the lesson deleted; null when there are errors.")
            .Resolve(context => context.Source.Key);
}
