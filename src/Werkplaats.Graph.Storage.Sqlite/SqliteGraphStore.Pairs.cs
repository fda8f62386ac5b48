using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>Pair counts are built on another branch; this placeholder keeps the adapter compiling until then.</summary>
internal sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<PairCount>> CountPairsAsync(
        NodeKind kind, NodeFilter filter, Hop first, Hop second, Visibility visibility, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
