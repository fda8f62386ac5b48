using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Traversal;

/// <summary>
/// The bookkeeping of a breadth-first search, level by level: each reached node's depth and every edge that reached
/// it from the level before (so all shortest ways in are kept, not just the first).
/// </summary>
internal sealed class BreadthFirst
{
    private readonly Dictionary<NodeRef, int> _depths = [];
    private readonly Dictionary<NodeRef, List<Edge>> _arrivals = [];

    public BreadthFirst(NodeRef root)
    {
        Root = root;
        _depths[root] = 0;
        Frontier = [root];
    }

    public NodeRef Root { get; }

    /// <summary>The nodes of the deepest level, the ones the next <see cref="Expand"/> starts from.</summary>
    public IReadOnlyList<NodeRef> Frontier { get; private set; }

    /// <summary>The depth of <see cref="Frontier"/>.</summary>
    public int Depth { get; private set; }

    public IReadOnlyCollection<NodeRef> Reached => _depths.Keys;

    public bool HasReached(NodeRef node) => _depths.ContainsKey(node);

    public int DepthOf(NodeRef node) => _depths[node];

    /// <summary>The edges from the level before that reach <paramref name="node"/>, sorted; none for the root.</summary>
    public IReadOnlyList<Edge> ArrivalsAt(NodeRef node) => _arrivals.GetValueOrDefault(node, []);

    /// <summary>
    /// Takes the next level from <paramref name="edges"/> (edges leaving the frontier): the nodes not reached yet, in
    /// kind-then-key order, at most <paramref name="capacity"/> of them. Returns how many new nodes were left out.
    /// </summary>
    public int Expand(IEnumerable<Edge> edges, int capacity = int.MaxValue)
    {
        var toNew = edges.Where(e => !_depths.ContainsKey(e.Target)).ToList();
        var candidates = toNew.Select(e => e.Target).Distinct().Order(TraversalOrder.Nodes).ToList();
        var admitted = candidates.Take(Math.Max(capacity, 0)).ToList();
        Depth++;
        foreach (var node in admitted)
        {
            _depths[node] = Depth;
        }

        foreach (var edge in toNew.Where(e => _depths.ContainsKey(e.Target)).Order(TraversalOrder.Edges))
        {
            if (!_arrivals.TryGetValue(edge.Target, out var arrivals))
            {
                _arrivals[edge.Target] = arrivals = [];
            }

            arrivals.Add(edge);
        }

        Frontier = admitted;
        return candidates.Count - admitted.Count;
    }
}
