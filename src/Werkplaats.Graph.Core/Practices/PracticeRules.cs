using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Core.Practices;

/// <summary>
/// The rules a practice's input must meet before anything is read or written, each broken rule one
/// <see cref="WriteError"/> naming the field and the rule.
/// </summary>
public static class PracticeRules
{
    public const int MaxPlaceLength = 100;

    public static IReadOnlyList<WriteError> Check(CreatePracticeInput input) =>
    [
        .. InputRules.Key("key", input.Key),
        .. Texts(input.Name, input.Description, input.Place, input.Municipality),
        .. InputRules.NotBefore("endedOn", input.EndedOn, input.StartedOn, "startedOn"),
        .. InputRules.AtLeastOne("issues", input.Issues, "a practice needs at least one atelier it serves"),
        .. Roles(input.Actors),
    ];

    public static IReadOnlyList<WriteError> Check(UpdatePracticeInput input) =>
        [.. Texts(input.Name, input.Description, input.Place, input.Municipality)];

    /// <summary>Attach and detach: something to attach or detach, and roles that are not blank.</summary>
    public static IReadOnlyList<WriteError> Check(PracticeLinksInput input) =>
    [
        .. input.Issues.Count + input.Domains.Count + input.Levels.Count + input.Actors.Count == 0
            ? [WriteError.Invalid("issues", "atLeastOne", "name at least one atelier, domain, level or actor.")]
            : Array.Empty<WriteError>(),
        .. Roles(input.Actors),
    ];

    private static IEnumerable<WriteError> Texts(string? name, string? description, string? place, string? municipality) =>
    [
        .. InputRules.OptionalText("name", name, InputRules.MaxNameLength),
        .. InputRules.OptionalText("description", description, InputRules.MaxTextLength),
        .. InputRules.OptionalText("place", place, MaxPlaceLength),
        .. InputRules.OptionalText("municipality", municipality, MaxPlaceLength),
    ];

    private static IEnumerable<WriteError> Roles(IEnumerable<PracticeActorInput> actors) =>
        actors.SelectMany(a => InputRules.OptionalText("actors.role", a.Role, InputRules.MaxNameLength)).Take(1);
}
