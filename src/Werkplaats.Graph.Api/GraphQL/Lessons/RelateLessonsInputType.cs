using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Lessons;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The input of relateLessons.</summary>
public sealed class RelateLessonsInputType : InputObjectGraphType<RelateLessonsInput>
{
    public RelateLessonsInputType()
    {
        Name = "RelateLessonsInput";
        Description = "Two lessons to connect (RELATES_TO, read both ways). You must see both, and may edit the lessons of an atelier of either.";
        Field<NonNullGraphType<StringGraphType>>("from").Description("The key of the lesson the connection starts from.");
        Field<NonNullGraphType<StringGraphType>>("to").Description("The key of the lesson it relates to; not the same lesson.");
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new RelateLessonsInput((string)value["from"]!, (string)value["to"]!, value.IdempotencyKey());
}
