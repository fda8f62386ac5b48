using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite;

// Placeholder so the branch compiles; replaced by the adjacency work.
internal sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        IReadOnlyCollection<NodeRef> nodes,
        IReadOnlyCollection<RelationshipType>? types,
        Visibility visibility,
        CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
