using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Lessons;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>An input that names one lesson by its key.</summary>
public abstract class LessonKeyInputType : InputObjectGraphType<LessonKeyInput>
{
    protected LessonKeyInputType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<StringGraphType>>("key").Description("The key of the lesson.");
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new LessonKeyInput((string)value["key"]!, value.IdempotencyKey());
}

/// <summary>The input of deleteLesson.</summary>
public sealed class DeleteLessonInputType() : LessonKeyInputType(
    "DeleteLessonInput", "A lesson to delete softly: the right of the Arena and trekker of one of its ateliers, and of the programme committee.");

/// <summary>The input of restoreLesson.</summary>
public sealed class RestoreLessonInputType() : LessonKeyInputType(
    "RestoreLessonInput", "A deleted lesson to restore as a draft: the programme committee's right.");
