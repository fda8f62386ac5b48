using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Core.Lessons;

/// <summary>
/// The rules a lesson's input must meet before anything is read or written. Each broken rule is one
/// <see cref="WriteError"/> that names the input field and the rule (required, slug, maxLength, atLeastOne, distinct,
/// wider).
/// </summary>
public static class LessonRules
{
    public const int MaxKeyLength = InputRules.MaxKeyLength;
    public const int MaxTitleLength = InputRules.MaxNameLength;
    public const int MaxSummaryLength = InputRules.MaxTextLength;

    public static IReadOnlyList<WriteError> Check(RecordLessonInput input) =>
    [
        .. Texts(input.Key, input.Title, input.Summary),
        .. InputRules.AtLeastOne("practices", input.Practices, "a lesson needs at least one practice it was learned in"),
        .. Tags(input.Conditions, input.Levels),
    ];

    public static IReadOnlyList<WriteError> Check(UpdateLessonInput input) =>
    [
        .. InputRules.OptionalText("title", input.Title, MaxTitleLength),
        .. InputRules.OptionalText("summary", input.Summary, MaxSummaryLength),
        .. InputRules.AtLeastOne("practices", input.Practices, "a lesson needs at least one practice it was learned in"),
        .. Tags(input.Conditions, input.Levels),
    ];

    public static IReadOnlyList<WriteError> Check(RelateLessonsInput input) =>
        input.From == input.To
            ? [WriteError.Invalid("to", "distinct", "a lesson cannot be related to itself.")]
            : [];

    public static IReadOnlyList<WriteError> Check(LiftLessonsInput input) =>
    [
        .. Texts(input.Key, input.Title, input.Summary),
        .. input.Scope == LessonScope.Local
            ? [WriteError.Invalid("scope", "wider", "a lifted lesson is REGIONAL or NATIONAL.")]
            : Array.Empty<WriteError>(),
        .. InputRules.AtLeastOne("from", input.From, "a lifted lesson needs at least one lesson it is lifted from"),
        .. input.From.Contains(input.Key)
            ? [WriteError.Invalid("from", "distinct", "a lesson cannot be lifted from itself.")]
            : Array.Empty<WriteError>(),
        .. Tags(input.Conditions, input.Levels),
    ];

    /// <summary>A source whose scope is not narrower than the lifted lesson's: a regional lesson lifts local ones.</summary>
    public static WriteError NotNarrower(Lesson source, LessonScope scope) =>
        WriteError.Invalid("from", "narrower",
            $"'{source.Key}' is {EnumNames.ToConstant(source.Scope)}; a {EnumNames.ToConstant(scope)} lesson lifts only narrower ones.");

    private static IEnumerable<WriteError> Texts(string key, string title, string summary) =>
    [
        .. InputRules.Key("key", key),
        .. InputRules.Text("title", title, MaxTitleLength),
        .. InputRules.Text("summary", summary, MaxSummaryLength),
    ];

    private static IEnumerable<WriteError> Tags(IReadOnlyList<ConditionKey>? conditions, IReadOnlyList<LevelKey>? levels) =>
    [
        .. InputRules.AtLeastOne("conditions", conditions, "a lesson needs at least one condition it touches"),
        .. InputRules.AtLeastOne("levels", levels, "a lesson needs at least one level it is about"),
    ];
}
