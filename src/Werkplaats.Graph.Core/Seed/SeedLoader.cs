using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Reads and validates graph-seed into a snapshot, collecting every problem (see graph-seed/README.md).</summary>
public static class SeedLoader
{
    /// <summary>Loads every *.yaml below <paramref name="directory"/>; the snapshot is null when there are problems.</summary>
    public static SeedLoadResult Load(string directory)
    {
        var log = new ProblemLog();
        var content = SectionReader.Read(SeedFileReader.ReadAll(directory, log), log);

        var keys = KeyIndex.Build(content.Entries, log);
        ReferenceCheck.Check(content.Entries, keys, log);
        TaxonomyCheck.Check(content, log);
        DerivationCycleCheck.Check(content.Entries, log);

        return log.HasProblems ? new SeedLoadResult(null, log.InReadingOrder()) : new SeedLoadResult(ToSnapshot(content), []);
    }

    // Without problems every entry has its node; nodes and relationships keep the order in which they were read.
    private static GraphSnapshot ToSnapshot(SeedContent content) => new(
        [.. content.Entries.Select(entry => entry.Node).OfType<GraphNode>()],
        [.. content.Entries.SelectMany(entry => entry.Links).Select(link => link.Relationship)]);
}

/// <summary>The outcome of loading graph-seed: a snapshot, or the problems that stop one.</summary>
public sealed record SeedLoadResult(GraphSnapshot? Snapshot, IReadOnlyList<SeedProblem> Problems);
