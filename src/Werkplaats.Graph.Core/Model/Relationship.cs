namespace Werkplaats.Graph.Core.Model;

/// <summary>
/// A directed relationship between two nodes. <see cref="Role"/> belongs to INVOLVES; <see cref="Mode"/> and
/// <see cref="Since"/> to PARTICIPATES_IN.
/// </summary>
public sealed record Relationship(
    RelationshipType Type,
    NodeRef From,
    NodeRef To,
    string? Role = null,
    ParticipationMode? Mode = null,
    DateOnly? Since = null);
