using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Schema;

/// <summary>Turns relationships into Relationships rows and back.</summary>
internal static class RelationshipMapper
{
    public static RelationshipEntity ToEntity(Relationship relationship, long fromId, long toId) => new()
    {
        FromId = fromId,
        Type = relationship.Type,
        ToId = toId,
        Role = relationship.Role,
        Mode = relationship.Mode is { } mode ? EnumNames.ToConstant(mode) : null,
        Since = StoredText.Of(relationship.Since),
    };

    public static Relationship ToRelationship(
        RelationshipType type, NodeRef from, NodeRef to, string? role, string? mode, string? since) =>
        new(
            type,
            from,
            to,
            role,
            mode is not null && EnumNames.TryParse<ParticipationMode>(mode, out var parsed) ? parsed : null,
            StoredText.DateOrNull(since));
}
