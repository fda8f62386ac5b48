using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Imports graph-seed into a store: validate everything first, then upsert in one transaction.</summary>
public sealed class GraphSeeder(IGraphStore store)
{
    /// <exception cref="SeedValidationException">graph-seed has problems; nothing was written.</exception>
    public async Task<ImportResult> SeedAsync(string directory, CancellationToken cancellationToken)
    {
        var result = SeedLoader.Load(directory);
        if (result.Snapshot is null)
        {
            throw new SeedValidationException(result.Problems);
        }

        return await store.ImportAsync(result.Snapshot, cancellationToken);
    }
}
