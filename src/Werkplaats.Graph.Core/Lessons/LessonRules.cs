using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Core.Lessons;

/// <summary>
/// The rules a lesson's input must meet before anything is read or written. Each broken rule is one
/// <see cref="WriteError"/> that names the input field and the rule (required, slug, maxLength, atLeastOne, distinct).
/// </summary>
public static class LessonRules
{
    public const int MaxKeyLength = 100;
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 4000;

    public static IReadOnlyList<WriteError> Check(RecordLessonInput input) =>
    [
        .. Key("key", input.Key),
        .. Text("title", input.Title, MaxTitleLength),
        .. Text("summary", input.Summary, MaxSummaryLength),
        .. AtLeastOne("practices", input.Practices, "practice it was learned in"),
        .. AtLeastOne("conditions", input.Conditions, "condition it touches"),
        .. AtLeastOne("levels", input.Levels, "level it is about"),
    ];

    public static IReadOnlyList<WriteError> Check(UpdateLessonInput input) =>
    [
        .. input.Title is null ? [] : Text("title", input.Title, MaxTitleLength),
        .. input.Summary is null ? [] : Text("summary", input.Summary, MaxSummaryLength),
        .. input.Conditions is null ? [] : AtLeastOne("conditions", input.Conditions, "condition it touches"),
        .. input.Levels is null ? [] : AtLeastOne("levels", input.Levels, "level it is about"),
    ];

    public static IReadOnlyList<WriteError> Check(RelateLessonsInput input) =>
        input.From == input.To
            ? [WriteError.Invalid("to", "distinct", "a lesson cannot be related to itself.")]
            : [];

    private static IEnumerable<WriteError> Key(string field, string value)
    {
        if (value.Length > MaxKeyLength)
        {
            yield return WriteError.Invalid(field, "maxLength", $"at most {MaxKeyLength} characters.");
        }
        else if (!NodeKeys.IsSlug(value))
        {
            yield return WriteError.Invalid(
                field, "slug", "lower-case letters and digits in words joined by single hyphens, e.g. \"samen-wandelen-werkt\".");
        }
    }

    private static IEnumerable<WriteError> Text(string field, string value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return WriteError.Invalid(field, "required", "give a text that is not blank.");
        }
        else if (value.Trim().Length > maxLength)
        {
            yield return WriteError.Invalid(field, "maxLength", $"at most {maxLength} characters.");
        }
    }

    private static IEnumerable<WriteError> AtLeastOne<T>(string field, IReadOnlyList<T> values, string what)
    {
        if (values.Count == 0)
        {
            yield return WriteError.Invalid(field, "atLeastOne", $"a lesson needs at least one {what}.");
        }
    }
}
