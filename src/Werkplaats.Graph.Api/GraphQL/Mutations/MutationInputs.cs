using GraphQL.Types;

namespace Werkplaats.Graph.Api.GraphQL.Mutations;

/// <summary>What every mutation input shares, and reading its values.</summary>
public static class MutationInputs
{
    private const string IdempotencyKeyName = "idempotencyKey";

    public static void IdempotencyKeyField(this IInputObjectGraphType input) =>
        input.AddField(new FieldType
        {
            Name = IdempotencyKeyName,
            Type = typeof(StringGraphType),
            Description = "Any text you choose, unique per write you mean (e.g. a UUID). Sent again by you, it returns "
                + "the first call's result and writes nothing new, so a retry after a lost answer is safe.",
        });

    public static string? IdempotencyKey(this IDictionary<string, object?> value) => value.Optional(IdempotencyKeyName) as string;

    /// <summary>An optional field's value; null when it was left out.</summary>
    public static object? Optional(this IDictionary<string, object?> value, string field) =>
        value.TryGetValue(field, out var found) ? found : null;

    /// <summary>A list field's values; null when the field was left out or null.</summary>
    public static IReadOnlyList<T>? List<T>(this IDictionary<string, object?> value, string field) =>
        value.Optional(field) is IEnumerable<object?> items ? [.. items.Cast<T>()] : null;
}
