namespace Werkplaats.Graph.Core.Model;

/// <summary>A party: an organisation, or a group of people in one role, informal or formal.</summary>
public sealed record Actor(
    string Key,
    string Name,
    ActorCategory Category,
    bool Formal,
    string? Description,
    bool OnProgrammeCommittee) : GraphNode(Key)
{
    public override NodeKind Kind => NodeKind.Actor;

    public override string DisplayName => Name;
}
