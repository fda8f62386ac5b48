using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Core.Practices;

/// <summary>A party taking part in a practice (INVOLVES), with its role there.</summary>
public sealed record PracticeActorInput(string Actor, string? Role);

/// <summary>A new learning practice, part of one or more ateliers, with its tags and parties.</summary>
public sealed record CreatePracticeInput(
    string Key,
    string Name,
    string Description,
    string Place,
    string Municipality,
    PracticeStatus Status,
    DateOnly StartedOn,
    DateOnly? EndedOn,
    IReadOnlyList<string> Issues,
    IReadOnlyList<string> Domains,
    IReadOnlyList<LevelKey> Levels,
    IReadOnlyList<PracticeActorInput> Actors,
    string? IdempotencyKey) : IWriteInput;

/// <summary>Changes to a practice's own properties: each field left null stays as it is.</summary>
public sealed record UpdatePracticeInput(
    string Key,
    string? Name,
    string? Description,
    string? Place,
    string? Municipality,
    PracticeStatus? Status,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    string? IdempotencyKey) : IWriteInput;

/// <summary>
/// Ateliers (PART_OF), domains, levels and actors (INVOLVES) to attach to a practice or detach from it. When
/// attaching, an actor already involved takes the role given; when detaching, roles are ignored.
/// </summary>
public sealed record PracticeLinksInput(
    string Practice,
    IReadOnlyList<string> Issues,
    IReadOnlyList<string> Domains,
    IReadOnlyList<LevelKey> Levels,
    IReadOnlyList<PracticeActorInput> Actors,
    string? IdempotencyKey) : IWriteInput;
