using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Writing;

/// <summary>
/// The rules every write input shares, each broken rule one <see cref="WriteError"/> naming the field and the rule
/// (required, slug, maxLength, atLeastOne, notBefore).
/// </summary>
public static class InputRules
{
    public const int MaxKeyLength = 100;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;

    /// <summary>A key chosen by the caller: a slug (as in graph-seed) of at most <see cref="MaxKeyLength"/> characters.</summary>
    public static IEnumerable<WriteError> Key(string field, string value)
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

    /// <summary>A text that is not blank and at most <paramref name="maxLength"/> characters once trimmed.</summary>
    public static IEnumerable<WriteError> Text(string field, string value, int maxLength)
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

    /// <summary><see cref="Text"/> when the field is given; nothing when it is left out.</summary>
    public static IEnumerable<WriteError> OptionalText(string field, string? value, int maxLength) =>
        value is null ? [] : Text(field, value, maxLength);

    /// <summary>A list that must not be empty; <paramref name="need"/> completes "a ... needs at least one ...".</summary>
    public static IEnumerable<WriteError> AtLeastOne<T>(string field, IReadOnlyCollection<T>? values, string need)
    {
        if (values is { Count: 0 })
        {
            yield return WriteError.Invalid(field, "atLeastOne", $"{need}.");
        }
    }

    /// <summary>An end date that does not lie before the start.</summary>
    public static IEnumerable<WriteError> NotBefore(string field, DateOnly? end, DateOnly start, string startField)
    {
        if (end < start)
        {
            yield return WriteError.Invalid(field, "notBefore", $"the end cannot lie before {startField} ({start:yyyy-MM-dd}).");
        }
    }
}
