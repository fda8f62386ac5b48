using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite;

// Placeholder so the branch compiles; replaced by the pair-count work.
internal sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<PairCount>> CountPairsAsync(
        NodeKind kind, NodeFilter filter, Hop first, Hop second, Visibility visibility, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
