using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Conditions;
using Werkplaats.Graph.Api.GraphQL.Levels;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Core.Lessons;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The input of updateLesson.</summary>
public sealed class UpdateLessonInputType : InputObjectGraphType<UpdateLessonInput>
{
    public UpdateLessonInputType()
    {
        Name = "UpdateLessonInput";
        Description = "Changes to a lesson: a field left out stays as it is; a list given replaces the lesson's list. "
            + "The key stays; publishing is publishLesson's.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("The key of the lesson to change.");
        Field<StringGraphType>("title").Description($"The new title (Dutch), at most {LessonRules.MaxTitleLength} characters.");
        Field<StringGraphType>("summary").Description($"The new summary (Dutch), at most {LessonRules.MaxSummaryLength} characters.");
        Field<LessonScopeType>("scope").Description("The new scope.");
        Field<EvidenceKindType>("evidence").Description("The new kind of evidence.");
        Field<DateType>("learnedOn").Description("The new date the lesson was drawn.");
        Field<ListGraphType<NonNullGraphType<ConditionKeyType>>>("conditions").Description("Replaces the conditions the lesson touches; at least one.");
        Field<ListGraphType<NonNullGraphType<LevelKeyType>>>("levels").Description("Replaces the levels the lesson is about; at least one.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("domains").Description("Replaces the keys of the domains the lesson is in.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("practices")
            .Description("Replaces the keys of the practices the lesson was learned in (LEARNED_IN), and so the ateliers it is about; at least one, each of an atelier whose lessons you may record.");
        this.IdempotencyKeyField();
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateLessonInput(
        (string)value["key"]!,
        value.Optional("title") as string,
        value.Optional("summary") as string,
        value.Optional("scope") as LessonScope?,
        value.Optional("evidence") as EvidenceKind?,
        value.Optional("learnedOn") as DateOnly?,
        value.List<ConditionKey>("conditions"),
        value.List<LevelKey>("levels"),
        value.List<string>("domains"),
        value.IdempotencyKey())
    {
        Practices = value.List<string>("practices"),
    };
}
