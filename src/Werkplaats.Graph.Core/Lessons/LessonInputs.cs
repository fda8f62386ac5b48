using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Lessons;

/// <summary>A new lesson, recorded as a draft, with the practices it was learned in and its tags.</summary>
public sealed record RecordLessonInput(
    string Key,
    string Title,
    string Summary,
    LessonScope Scope,
    EvidenceKind Evidence,
    DateOnly LearnedOn,
    IReadOnlyList<string> Practices,
    IReadOnlyList<ConditionKey> Conditions,
    IReadOnlyList<LevelKey> Levels,
    IReadOnlyList<string> Domains,
    string? IdempotencyKey);

/// <summary>Changes to a lesson: each field left null stays as it is; a list given replaces the lesson's list.</summary>
public sealed record UpdateLessonInput(
    string Key,
    string? Title,
    string? Summary,
    LessonScope? Scope,
    EvidenceKind? Evidence,
    DateOnly? LearnedOn,
    IReadOnlyList<ConditionKey>? Conditions,
    IReadOnlyList<LevelKey>? Levels,
    IReadOnlyList<string>? Domains,
    string? IdempotencyKey);

/// <summary>A RELATES_TO connection from one lesson to another.</summary>
public sealed record RelateLessonsInput(string From, string To, string? IdempotencyKey);

/// <summary>Publishes a draft (<see cref="Publish"/> true) or takes a lesson back to draft (false).</summary>
public sealed record PublishLessonInput(string Key, bool Publish, string? IdempotencyKey);
