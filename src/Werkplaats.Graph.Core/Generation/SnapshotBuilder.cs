using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Generation;

/// <summary>The nodes and relationships generated so far, and the one seeded random source every step draws from.</summary>
internal sealed class SnapshotBuilder(int seed)
{
    /// <summary>The 2019 agenda started the ateliers; generated dates fall in the six years after.</summary>
    private static readonly DateOnly _agendaStart = new(2019, 10, 1);

    private const int YearsOfWork = 6;

    private readonly List<GraphNode> _nodes = [];
    private readonly List<Relationship> _relationships = [];

    public Random Random { get; } = new(seed);

    public void Add(GraphNode node) => _nodes.Add(node);

    public void Relate(
        RelationshipType type, NodeRef from, NodeRef to, string? role = null, ParticipationMode? mode = null, DateOnly? since = null) =>
        _relationships.Add(new Relationship(type, from, to, role, mode, since));

    /// <summary>A date in the ateliers' working years.</summary>
    public DateOnly Date() => _agendaStart.AddDays(Random.Next(YearsOfWork * 365));

    public bool Chance(double probability) => Random.NextDouble() < probability;

    /// <summary><paramref name="count"/> distinct indexes below <paramref name="limit"/>, in the order drawn.</summary>
    public int[] Distinct(int count, int limit)
    {
        var picked = new List<int>(count);
        while (picked.Count < Math.Min(count, limit))
        {
            var next = Random.Next(limit);
            if (!picked.Contains(next))
            {
                picked.Add(next);
            }
        }

        return [.. picked];
    }

    /// <summary>Between one and <paramref name="most"/> distinct items of <paramref name="items"/>.</summary>
    public IEnumerable<T> Some<T>(IReadOnlyList<T> items, int most) =>
        Distinct(Random.Next(1, most + 1), items.Count).Select(i => items[i]);

    public (string Municipality, string Place) Place()
    {
        var (municipality, places) = DutchWords.Places[Random.Next(DutchWords.Places.Count)];
        return (municipality, DutchWords.Pick(Random, places));
    }

    public GraphSnapshot ToSnapshot() => new(_nodes, _relationships);
}
