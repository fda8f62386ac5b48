using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Lessons;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The input of publishLesson.</summary>
public sealed class PublishLessonInputType : InputObjectGraphType<PublishLessonInput>
{
    public PublishLessonInputType()
    {
        Name = "PublishLessonInput";
        Description = "A lesson to publish or take back to draft: the right of the trekker of one of its ateliers, and of the programme committee.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The key of the lesson.");
        Field<NonNullGraphType<BooleanGraphType>>("publish").Description("True publishes the lesson (everyone sees it); false takes it back to draft.");
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new PublishLessonInput((string)value["key"]!, (bool)value["publish"]!, value.IdempotencyKey());
}
