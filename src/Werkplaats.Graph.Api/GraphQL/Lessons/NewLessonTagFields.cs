using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Conditions;
using Werkplaats.Graph.Api.GraphQL.Levels;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The tags every new lesson carries, alike in recordLesson and liftLessons.</summary>
public static class NewLessonTagFields
{
    public static void TagFields<T>(this InputObjectGraphType<T> input)
    {
        input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConditionKeyType>>>>("conditions")
            .Description("The conditions of social quality the lesson touches (TOUCHES); at least one.");
        input.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LevelKeyType>>>>("levels")
            .Description("The levels the lesson is about (AT_LEVEL); at least one.");
        input.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("domains").Description("Keys of the domains the lesson is in (IN_DOMAIN); none when left out.");
    }
}
