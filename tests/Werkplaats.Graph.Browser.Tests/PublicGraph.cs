using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Browser.Tests;

/// <summary>
/// What the public (a page without a token) may see of graph-seed, computed from the seed files without the API: every
/// node but draft lessons, and the stored relationships between them. The pages' answers are checked against it.
/// </summary>
internal static class PublicGraph
{
    private static readonly Lazy<IReadOnlyDictionary<NodeRef, GraphNode>> _nodes = new(() =>
        SeedGraph.Snapshot.Nodes.Where(n => n is not Lesson { Status: PublicationStatus.Draft }).ToDictionary(n => n.Ref));

    private static readonly Lazy<IReadOnlyList<Relationship>> _relationships = new(() =>
        [.. SeedGraph.Snapshot.Relationships.Where(r => Nodes.ContainsKey(r.From) && Nodes.ContainsKey(r.To))]);

    public static IReadOnlyDictionary<NodeRef, GraphNode> Nodes => _nodes.Value;

    public static IReadOnlyList<Relationship> Relationships => _relationships.Value;

    public static IEnumerable<Lesson> Lessons => Nodes.Values.OfType<Lesson>();

    /// <summary>The public lesson with the most lifting and related-lesson links: the richest lesson page.</summary>
    public static Lesson MostConnectedLesson =>
        Lessons.OrderByDescending(l => Relationships.Count(r =>
                r.Type is RelationshipType.DerivedFrom or RelationshipType.RelatesTo && (r.From == l.Ref || r.To == l.Ref)))
            .ThenBy(l => l.Key, StringComparer.Ordinal)
            .First();

    /// <summary>The nodes one stored relationship away, either way.</summary>
    public static IReadOnlySet<NodeRef> Neighbours(NodeRef node) =>
        Relationships.Where(r => r.From == node).Select(r => r.To)
            .Concat(Relationships.Where(r => r.To == node).Select(r => r.From))
            .ToHashSet();

    /// <summary>The fewest relationships between two nodes, ignoring direction; null when they are not connected.</summary>
    public static int? Distance(NodeRef from, NodeRef to)
    {
        var distance = new Dictionary<NodeRef, int> { [from] = 0 };
        var queue = new Queue<NodeRef>([from]);
        while (queue.TryDequeue(out var node))
        {
            if (node == to)
            {
                return distance[node];
            }

            foreach (var next in Neighbours(node).Where(n => !distance.ContainsKey(n)))
            {
                distance[next] = distance[node] + 1;
                queue.Enqueue(next);
            }
        }

        return null;
    }

    public static IReadOnlySet<string> Targets(NodeRef from, RelationshipType type) =>
        Relationships.Where(r => r.From == from && r.Type == type).Select(r => r.To.Key).ToHashSet();

    public static IReadOnlySet<string> Sources(NodeRef to, RelationshipType type) =>
        Relationships.Where(r => r.To == to && r.Type == type).Select(r => r.From.Key).ToHashSet();

    /// <summary>The published lessons about an atelier (through practices or the lessons they were lifted from).</summary>
    public static IReadOnlySet<string> LessonsOfIssue(string issue) =>
        LessonIssues.Derive(SeedGraph.Snapshot)
            .Where(r => r.To.Key == issue && Nodes.ContainsKey(r.From))
            .Select(r => r.From.Key)
            .ToHashSet();

    /// <summary>The published lessons that touch a condition at a level, as the social quality matrix counts them.</summary>
    public static IEnumerable<Lesson> LessonsAt(string condition, string level) =>
        Lessons.Where(l => Targets(l.Ref, RelationshipType.Touches).Contains(condition)
                           && Targets(l.Ref, RelationshipType.AtLevel).Contains(level));
}
