using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Traversal;

/// <summary>
/// Lists the shortest paths a bidirectional search found, in order: at the first step where two paths part, the one
/// going to the smaller node (kind, then key) comes first, and between parallel relationships the smaller (type,
/// then ends). Shortest paths never repeat a node, so every path listed is simple.
/// </summary>
internal static class PathEnumerator
{
    public static IReadOnlyList<IReadOnlyList<Edge>> Enumerate(
        BreadthFirst fromSide, BreadthFirst toSide, IReadOnlyCollection<NodeRef> meeting, int first)
    {
        var steps = StepsTowardsTo(fromSide, toSide, meeting);
        var paths = new List<IReadOnlyList<Edge>>();
        Walk(fromSide.Root, toSide.Root, steps, [], paths, first);
        return paths;
    }

    /// <summary>
    /// The edges that lie on some shortest path, by the node they leave, sorted. On the From side these are the
    /// arrivals met walking back from the meeting level; on the To side, the arrivals turned around, so that every
    /// step leads one level closer to To.
    /// </summary>
    private static Dictionary<NodeRef, List<Edge>> StepsTowardsTo(
        BreadthFirst fromSide, BreadthFirst toSide, IReadOnlyCollection<NodeRef> meeting)
    {
        var steps = new Dictionary<NodeRef, List<Edge>>();
        WalkBack(fromSide, meeting, arrival => arrival);
        WalkBack(toSide, meeting, arrival => new Edge(arrival.Target, arrival.Relationship, arrival.Source));
        foreach (var list in steps.Values)
        {
            list.Sort(TraversalOrder.Edges);
        }

        return steps;

        void WalkBack(BreadthFirst side, IReadOnlyCollection<NodeRef> level, Func<Edge, Edge> toStep)
        {
            while (level.Count > 0)
            {
                var previous = new HashSet<NodeRef>();
                foreach (var arrival in level.SelectMany(side.ArrivalsAt))
                {
                    var step = toStep(arrival);
                    if (!steps.TryGetValue(step.Source, out var list))
                    {
                        steps[step.Source] = list = [];
                    }

                    list.Add(step);
                    previous.Add(arrival.Source);
                }

                level = previous;
            }
        }
    }

    /// <summary>Depth first from <paramref name="node"/>, smallest step first, until <paramref name="first"/> paths are found.</summary>
    private static void Walk(
        NodeRef node, NodeRef to, Dictionary<NodeRef, List<Edge>> steps, List<Edge> path, List<IReadOnlyList<Edge>> paths, int first)
    {
        if (node == to)
        {
            paths.Add([.. path]);
            return;
        }

        foreach (var step in steps.GetValueOrDefault(node, []))
        {
            if (paths.Count == first)
            {
                return;
            }

            path.Add(step);
            Walk(step.Target, to, steps, path, paths, first);
            path.RemoveAt(path.Count - 1);
        }
    }
}
