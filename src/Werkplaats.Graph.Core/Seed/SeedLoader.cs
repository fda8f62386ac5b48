using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Reads and validates graph-seed into a snapshot, collecting every problem (see graph-seed/README.md).</summary>
public static class SeedLoader
{
    /// <summary>Loads every *.yaml below <paramref name="directory"/>; the snapshot is null when there are problems.</summary>
    public static SeedLoadResult Load(string directory) =>
        throw new NotImplementedException($"Seed loading from {directory} comes with the seed loader.");
}

/// <summary>The outcome of loading graph-seed: a snapshot, or the problems that stop one.</summary>
public sealed record SeedLoadResult(GraphSnapshot? Snapshot, IReadOnlyList<SeedProblem> Problems);
