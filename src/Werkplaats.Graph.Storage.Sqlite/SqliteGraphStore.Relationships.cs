using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite;

// Placeholder so the adapter compiles: GetRelationshipsAsync is implemented in parallel and replaces this file.
internal sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        IReadOnlyCollection<NodeRef> nodes,
        IReadOnlyCollection<RelationshipType>? types,
        Visibility visibility,
        CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
