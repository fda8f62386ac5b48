using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Writing;

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
    string? IdempotencyKey) : IWriteInput;

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
    string? IdempotencyKey) : IWriteInput
{
    /// <summary>Replaces the practices the lesson was learned in (and so the ateliers it is about); null keeps them.</summary>
    public IReadOnlyList<string>? Practices { get; init; }
}

/// <summary>A RELATES_TO connection from one lesson to another.</summary>
public sealed record RelateLessonsInput(string From, string To, string? IdempotencyKey) : IWriteInput;

/// <summary>Publishes a draft (<see cref="Publish"/> true) or takes a lesson back to draft (false).</summary>
public sealed record PublishLessonInput(string Key, bool Publish, string? IdempotencyKey) : IWriteInput;

/// <summary>A new regional (or national) lesson, a draft, DERIVED_FROM each of the lessons in <see cref="From"/>.</summary>
public sealed record LiftLessonsInput(
    string Key,
    string Title,
    string Summary,
    LessonScope Scope,
    EvidenceKind Evidence,
    DateOnly LearnedOn,
    IReadOnlyList<string> From,
    IReadOnlyList<ConditionKey> Conditions,
    IReadOnlyList<LevelKey> Levels,
    IReadOnlyList<string> Domains,
    string? IdempotencyKey) : IWriteInput;

/// <summary>A lesson to delete (softly: hidden from every read, restorable) or to restore.</summary>
public sealed record LessonKeyInput(string Key, string? IdempotencyKey) : IWriteInput;
