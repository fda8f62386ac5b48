namespace Werkplaats.Graph.Core.Model;

/// <summary>
/// Derives the ABOUT relationships of a snapshot: a lesson is about the issues of its practices (LEARNED_IN, then
/// PART_OF), and a lifted lesson also about the issues of every lesson it was, transitively, DERIVED_FROM. Stores
/// compute ABOUT themselves; this is the reference they are tested against.
/// </summary>
public static class LessonIssues
{
    /// <summary>(Lesson)-[:ABOUT]->(Issue) for every lesson, in node order, its issues by key (ordinal).</summary>
    public static IReadOnlyList<Relationship> Derive(GraphSnapshot snapshot)
    {
        var practiceIssues = Targets(snapshot, RelationshipType.PartOf);
        var lessonPractices = Targets(snapshot, RelationshipType.LearnedIn);
        var derivedFrom = Targets(snapshot, RelationshipType.DerivedFrom);

        IEnumerable<string> OwnIssues(string lesson) =>
            lessonPractices.GetValueOrDefault(lesson, []).SelectMany(practice => practiceIssues.GetValueOrDefault(practice, []));

        return
        [
            .. from lesson in snapshot.Nodes.OfType<Lesson>()
               from issue in LessonAndSources(lesson.Key, derivedFrom).SelectMany(OwnIssues)
                   .Distinct(StringComparer.Ordinal)
                   .Order(StringComparer.Ordinal)
               select new Relationship(RelationshipType.About, lesson.Ref, new NodeRef(NodeKind.Issue, issue)),
        ];
    }

    /// <summary>The lesson and every lesson it was lifted from, directly or not; safe against cycles.</summary>
    private static HashSet<string> LessonAndSources(string lesson, Dictionary<string, List<string>> derivedFrom)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([lesson]);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                derivedFrom.GetValueOrDefault(next, []).ForEach(pending.Push);
            }
        }

        return seen;
    }

    private static Dictionary<string, List<string>> Targets(GraphSnapshot snapshot, RelationshipType type) =>
        snapshot.Relationships.Where(relationship => relationship.Type == type)
            .GroupBy(relationship => relationship.From.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(r => r.To.Key).ToList(), StringComparer.Ordinal);
}
