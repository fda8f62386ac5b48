using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Storage.Sqlite.Schema;

/// <summary>One row of the Relationships table, keyed by (FromId, Type, ToId).</summary>
internal sealed class RelationshipEntity
{
    public long FromId { get; set; }

    public RelationshipType Type { get; set; }

    public long ToId { get; set; }

    public string? Role { get; set; }

    public string? Mode { get; set; }

    public string? Since { get; set; }
}
