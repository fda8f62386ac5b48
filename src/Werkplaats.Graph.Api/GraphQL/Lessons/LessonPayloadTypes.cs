using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>What every lesson mutation returns: the lesson as it now is, or the reasons nothing was written.</summary>
public abstract class LessonPayloadType : ObjectGraphType<WriteResult>
{
    protected LessonPayloadType(string name, string written)
    {
        Name = name;
        Description = $"The result of {char.ToLowerInvariant(name[0])}{name[1..^"Payload".Length]}: {written}, or errors saying why nothing was written.";
        Field<LessonType>("lesson").Description($"{char.ToUpperInvariant(written[0])}{written[1..]}; null when there are errors.")
            .Resolve(context => context.Source.Key is { } key
                ? context.Reader().Node<Lesson>(new NodeRef(NodeKind.Lesson, key))
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MutationErrorType>>>>("errors")
            .Description("Why nothing was written; empty on success.")
            .Resolve(context => context.Source.Errors);
    }
}

/// <summary>The payload of recordLesson.</summary>
public sealed class RecordLessonPayloadType() : LessonPayloadType("RecordLessonPayload", "the lesson recorded, as a draft");

/// <summary>The payload of updateLesson.</summary>
public sealed class UpdateLessonPayloadType() : LessonPayloadType("UpdateLessonPayload", "the lesson as changed");

/// <summary>The payload of relateLessons.</summary>
public sealed class RelateLessonsPayloadType() : LessonPayloadType("RelateLessonsPayload", "the lesson the connection starts from, its relatedLessons including the other");

/// <summary>The payload of publishLesson.</summary>
public sealed class PublishLessonPayloadType() : LessonPayloadType("PublishLessonPayload", "the lesson, published or back in draft");
