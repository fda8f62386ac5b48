using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Traversal;

/// <summary>
/// A bidirectional breadth-first search between the ends of a <see cref="PathQuery"/>: it grows whichever side has
/// the smaller frontier, one store call per level, until the sides meet. Both sides are complete up to their depths
/// when they first meet, so the paths found have the shortest length, and every shortest path crosses the level
/// where they met (see <see cref="PathEnumerator"/>).
/// </summary>
internal sealed class ShortestPathSearch(Adjacency adjacency, PathQuery query, int workBudget)
{
    /// <summary>The shortest paths as edges from From to To, at most First of them; none when no path is short enough.</summary>
    /// <exception cref="PathSearchLimitException">more than the work budget of relationships were examined.</exception>
    public async Task<IReadOnlyList<IReadOnlyList<Edge>>> FindAsync(CancellationToken cancellationToken)
    {
        var fromSide = new BreadthFirst(query.From);
        var toSide = new BreadthFirst(query.To);
        while (fromSide.Depth + toSide.Depth < query.MaxLength)
        {
            var (near, far) = toSide.Frontier.Count < fromSide.Frontier.Count ? (toSide, fromSide) : (fromSide, toSide);
            if (near.Frontier.Count == 0)
            {
                return []; // that side's component is used up without meeting the other
            }

            var edges = await adjacency.EdgesFromAsync(near.Frontier, cancellationToken);
            if (adjacency.Examined > workBudget)
            {
                throw new PathSearchLimitException(workBudget);
            }

            near.Expand(edges.Where(e => MayBeOnPath(e.Target)));
            if (near.Frontier.Where(far.HasReached).ToList() is { Count: > 0 } meeting)
            {
                return PathEnumerator.Enumerate(fromSide, toSide, meeting, query.First);
            }
        }

        return [];
    }

    /// <summary>The ends may be of any kind; the nodes between them only of the Through kinds.</summary>
    private bool MayBeOnPath(NodeRef node) =>
        node == query.From || node == query.To || query.Through is null || query.Through.Contains(node.Kind);
}
