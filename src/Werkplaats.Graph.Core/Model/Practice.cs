namespace Werkplaats.Graph.Core.Model;

/// <summary>A learning practice (lerende praktijk): a concrete place or project where an atelier learns.</summary>
public sealed record Practice(
    string Key,
    string Name,
    string Description,
    string Place,
    string Municipality,
    PracticeStatus Status,
    DateOnly StartedOn,
    DateOnly? EndedOn) : GraphNode(Key)
{
    public override NodeKind Kind => NodeKind.Practice;

    public override string DisplayName => Name;
}
