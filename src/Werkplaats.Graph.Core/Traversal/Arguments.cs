namespace Werkplaats.Graph.Core.Traversal;

/// <summary>The one check of the traversal bounds (see <see cref="GraphTraversal"/>), made before any store call.</summary>
internal static class Arguments
{
    /// <exception cref="TraversalArgumentException"><paramref name="value"/> is not between 1 and <paramref name="max"/>.</exception>
    public static void InRange(string name, int value, int max)
    {
        if (value < 1 || value > max)
        {
            throw new TraversalArgumentException(name, value, max);
        }
    }
}
