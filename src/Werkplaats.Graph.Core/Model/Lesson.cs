namespace Werkplaats.Graph.Core.Model;

/// <summary>A lesson learned (geleerde les), stated so others can use it.</summary>
public sealed record Lesson(
    string Key,
    string Title,
    string Summary,
    LessonScope Scope,
    EvidenceKind Evidence,
    DateOnly LearnedOn,
    PublicationStatus Status) : GraphNode(Key)
{
    public override NodeKind Kind => NodeKind.Lesson;

    public override string DisplayName => Title;
}
