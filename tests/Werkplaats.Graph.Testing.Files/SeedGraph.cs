using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Seed;

namespace Werkplaats.Graph.Testing;

/// <summary>
/// The repository's graph-seed, loaded independently of the API, so tests compute what the API should answer
/// instead of hard-coding it.
/// </summary>
public static class SeedGraph
{
    private static readonly Lazy<GraphSnapshot> _snapshot = new(() =>
        SeedLoader.Load(Directory).Snapshot ?? throw new InvalidOperationException("graph-seed does not load."));

    public static string Directory => Path.Combine(RepositoryRoot.Path, "graph-seed");

    public static GraphSnapshot Snapshot => _snapshot.Value;

    public static IEnumerable<Lesson> Lessons => Snapshot.Nodes.OfType<Lesson>();

    public static IEnumerable<Lesson> PublishedLessons => Lessons.Where(l => l.Status == PublicationStatus.Published);

    /// <summary>The keys of the nodes a relationship type leads to from <paramref name="from"/>.</summary>
    public static IReadOnlySet<string> Targets(NodeRef from, RelationshipType type) =>
        Snapshot.Relationships.Concat(LessonIssues.Derive(Snapshot))
            .Where(r => r.Type == type && r.From == from)
            .Select(r => r.To.Key)
            .ToHashSet();
}
