using System.Globalization;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Generation;

/// <summary>
/// Builds a synthetic but realistic graph of a given size for scale tests and benchmarks, in the proportions of
/// graph-seed (see <see cref="GraphProportions"/>). Pure: the same lessons and seed always give the same snapshot.
/// Keys are numbered (<see cref="LessonKey"/>), so benchmarks can address any node without reading the graph back.
/// </summary>
public static class GraphGenerator
{
    public static GraphSnapshot Generate(int lessons, int seed)
    {
        var proportions = GraphProportions.For(lessons);
        var graph = new SnapshotBuilder(seed);
        foreach (var node in TaxonomyNodes.Conditions.Concat<GraphNode>(TaxonomyNodes.Levels).Concat(TaxonomyNodes.Domains))
        {
            graph.Add(node);
        }

        var agenda = new AgendaGenerator(graph, proportions);
        agenda.Generate();
        var practices = new PracticeGenerator(graph, proportions, agenda);
        practices.Generate();
        new LessonGenerator(graph, proportions, practices).Generate();
        return graph.ToSnapshot();
    }

    /// <summary>The key of lesson <paramref name="index"/> (0-based); local lessons come first, regional ones last.</summary>
    public static string LessonKey(int index) => Numbered("les", index);

    public static string PracticeKey(int index) => Numbered("praktijk", index);

    public static string ActorKey(int index) => Numbered("partij", index);

    private static string Numbered(string prefix, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{index + 1:D7}");
}
