using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Seed;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Tests.Seed;

public sealed class GraphSeederTests
{
    [Fact]
    public async Task SeedAsync_ValidSeed_ImportsTheSnapshotOnce()
    {
        using var seed = SeedDirectory.WithMinimalSeed();
        var store = new ImportRecordingStore();

        await new GraphSeeder(store).SeedAsync(seed.Path, CancellationToken.None);

        var imported = Assert.Single(store.Imports);
        Assert.Equal(24, imported.Nodes.Count);
    }

    [Fact]
    public async Task SeedAsync_SeedWithProblems_ThrowsWithEveryProblemAndWritesNothing()
    {
        using var seed = SeedDirectory.WithMinimalSeed()
            .Write("extra.yaml", "domains:\n  - { key: zorg }\n  - { key: Sport, name: { nl: Sport } }\n");
        var store = new ImportRecordingStore();

        var exception = await Assert.ThrowsAsync<SeedValidationException>(
            () => new GraphSeeder(store).SeedAsync(seed.Path, CancellationToken.None));

        Assert.Equal(2, exception.Problems.Count);
        Assert.Empty(store.Imports);
    }

    /// <summary>A store that only records imports; the seeder calls nothing else.</summary>
    private sealed class ImportRecordingStore : IGraphStore
    {
        public List<GraphSnapshot> Imports { get; } = [];

        public Task<ImportResult> ImportAsync(GraphSnapshot snapshot, CancellationToken cancellationToken)
        {
            Imports.Add(snapshot);
            return Task.FromResult(new ImportResult(snapshot.Nodes.Count, 0, snapshot.Relationships.Count));
        }

        public Task InitializeAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<GraphNode>> GetNodesAsync(
            IReadOnlyCollection<NodeRef> refs, Visibility visibility, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<Page<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<Link>> GetLinksAsync(
            IReadOnlyCollection<NodeRef> from, Hop hop, Visibility visibility, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
