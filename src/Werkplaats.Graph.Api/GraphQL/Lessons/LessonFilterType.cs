using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Conditions;
using Werkplaats.Graph.Api.GraphQL.Levels;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The analyst's filter over lessons.</summary>
public sealed class LessonFilterType : InputObjectGraphType<LessonFilterInput>
{
    private const string AnyOf = "A list means any of its values; an empty list matches nothing.";

    public LessonFilterType()
    {
        Name = "LessonFilter";
        Description = "Which lessons to return. Fields combine with AND; `and`, `or` and `not` nest filters.";
        Field<ListGraphType<NonNullGraphType<ConditionKeyType>>>("conditions")
            .Description($"Lessons that touch one of these conditions. {AnyOf}");
        Field<ListGraphType<NonNullGraphType<LevelKeyType>>>("levels")
            .Description($"Lessons about one of these levels. {AnyOf}");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("issues")
            .Description($"Lessons of one of these ateliers (issue keys), through their practices or the lessons they were lifted from. {AnyOf}");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("domains")
            .Description($"Lessons in one of these domains (domain keys). {AnyOf}");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("actors")
            .Description($"Lessons learned in a practice that involves one of these actors (actor keys). {AnyOf}");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("practices")
            .Description($"Lessons learned in one of these practices (practice keys). {AnyOf}");
        Field<ListGraphType<NonNullGraphType<LessonScopeType>>>("scope")
            .Description($"Lessons of one of these scopes. {AnyOf}");
        Field<ListGraphType<NonNullGraphType<EvidenceKindType>>>("evidence")
            .Description($"Lessons resting on one of these kinds of evidence. {AnyOf}");
        Field<StringGraphType>("text")
            .Description("Lessons whose title or summary contains every word, as `search` matches (case- and accent-insensitive, word prefixes).");
        Field<DateType>("learnedAfter")
            .Description("Lessons learned after this date (exclusive).");
        Field<DateType>("learnedBefore")
            .Description("Lessons learned before this date (exclusive).");
        Field<ListGraphType<NonNullGraphType<LessonFilterType>>>("and")
            .Description("Every one of these filters holds.");
        Field<ListGraphType<NonNullGraphType<LessonFilterType>>>("or")
            .Description("At least one of these filters holds.");
        Field<LessonFilterType>("not")
            .Description("This filter does not hold.");
    }
}
