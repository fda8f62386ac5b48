using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Lessons;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The input of recordLesson.</summary>
public sealed class RecordLessonInputType : InputObjectGraphType<RecordLessonInput>
{
    public RecordLessonInputType()
    {
        Name = "RecordLessonInput";
        Description = "A new lesson. It is recorded as a draft, seen by the Arena of its practices' ateliers until the trekker publishes it.";
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description($"The lesson's key, chosen by you and never changed: a slug of lower-case letters and digits in words joined by single hyphens (as in graph-seed), at most {LessonRules.MaxKeyLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("title").Description($"The lesson in one line (Dutch), at most {LessonRules.MaxTitleLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("summary").Description($"What was learned, for whom, under which conditions (Dutch), at most {LessonRules.MaxSummaryLength} characters.");
        Field<NonNullGraphType<LessonScopeType>>("scope").Description("Local, regional or national knowledge.");
        Field<NonNullGraphType<EvidenceKindType>>("evidence").Description("What the lesson rests on.");
        Field<NonNullGraphType<DateType>>("learnedOn").Description("When the lesson was drawn.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("practices")
            .Description("Keys of the practices the lesson was learned in (LEARNED_IN); at least one, of an atelier whose lessons you may record.");
        this.TagFields();
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RecordLessonInput(
        (string)value["key"]!,
        (string)value["title"]!,
        (string)value["summary"]!,
        (LessonScope)value["scope"]!,
        (EvidenceKind)value["evidence"]!,
        (DateOnly)value["learnedOn"]!,
        value.List<string>("practices") ?? [],
        value.List<ConditionKey>("conditions") ?? [],
        value.List<LevelKey>("levels") ?? [],
        value.List<string>("domains") ?? [],
        value.IdempotencyKey());
}
