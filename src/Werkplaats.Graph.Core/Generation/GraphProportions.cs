namespace Werkplaats.Graph.Core.Generation;

/// <summary>
/// How many of each kind a generated graph of <see cref="Lessons"/> lessons holds, in the proportions of graph-seed:
/// one atelier per 200 lessons (at least the five of 2019), a practice per four lessons, an actor per twenty, one
/// lesson in twenty lifted to regional knowledge, a RELATES_TO per ten lessons.
/// </summary>
public sealed record GraphProportions(int Lessons, int Issues, int Practices, int Actors, int RegionalLessons, int RelatesTo)
{
    /// <summary>The fewest lessons a graph can have: enough local lessons of different ateliers to lift from.</summary>
    public const int MinLessons = 20;

    public int LocalLessons => Lessons - RegionalLessons;

    public static GraphProportions For(int lessons)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lessons, MinLessons);
        var issues = Math.Max(AtelierNames.FirstAgenda.Count, lessons / 200);
        return new GraphProportions(
            lessons,
            issues,
            Practices: Math.Max(issues, lessons / 4),
            // Every atelier has a trekker and room for an Arena and a Tribune.
            Actors: Math.Max(issues * 4, lessons / 20),
            RegionalLessons: lessons / 20,
            RelatesTo: lessons / 10);
    }
}
