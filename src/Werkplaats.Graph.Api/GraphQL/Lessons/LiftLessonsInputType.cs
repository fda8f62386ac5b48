using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Lessons;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The input of liftLessons.</summary>
public sealed class LiftLessonsInputType : InputObjectGraphType<LiftLessonsInput>
{
    public LiftLessonsInputType()
    {
        Name = "LiftLessonsInput";
        Description = "A new, wider lesson that generalises lessons you see ('van lokale naar regionale kennis'). It is a draft, about all the ateliers of the lessons it is lifted from.";
        Field<NonNullGraphType<StringGraphType>>("key")
            .Description($"The new lesson's key, chosen by you and never changed: a slug, at most {LessonRules.MaxKeyLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("title").Description($"The lesson in one line (Dutch), at most {LessonRules.MaxTitleLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("summary").Description($"What was learned across the lessons lifted (Dutch), at most {LessonRules.MaxSummaryLength} characters.");
        Field<NonNullGraphType<LessonScopeType>>("scope").Description("REGIONAL or NATIONAL, wider than every lesson lifted.")
            .DefaultValue(LessonScope.Regional);
        Field<NonNullGraphType<EvidenceKindType>>("evidence").Description("What the lesson rests on.");
        Field<NonNullGraphType<DateType>>("learnedOn").Description("When the lesson was drawn.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("from")
            .Description("Keys of the lessons lifted (DERIVED_FROM); at least one, each narrower in scope than the new lesson.");
        this.TagFields();
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new LiftLessonsInput(
        (string)value["key"]!,
        (string)value["title"]!,
        (string)value["summary"]!,
        (LessonScope)value["scope"]!,
        (EvidenceKind)value["evidence"]!,
        (DateOnly)value["learnedOn"]!,
        value.List<string>("from") ?? [],
        value.List<ConditionKey>("conditions") ?? [],
        value.List<LevelKey>("levels") ?? [],
        value.List<string>("domains") ?? [],
        value.IdempotencyKey());
}
