using Werkplaats.Graph.Core.Model;
using static Werkplaats.Graph.Core.Model.RelationshipType;

namespace Werkplaats.Graph.Storage.Sqlite.Tests.Traversal;

/// <summary>
/// Small random graphs from a seed, always the same for the same seed: relationships of random types between nodes
/// of the kinds the schema allows, plus a lesson that relates to itself, parallel relationships between two lessons,
/// a cycle, an island of two lessons apart from the rest, and drafts.
/// </summary>
public static class RandomGraph
{
    private static readonly RelationshipType[] _types =
        [PartOf, InDomain, AtLevel, Involves, LearnedIn, Touches, DerivedFrom, RelatesTo, ParticipatesIn, Leads];

    public static GraphSnapshot Create(int seed, int lessons = 14, int relationships = 36)
    {
        var random = new Random(seed);
        List<GraphNode> nodes =
        [
            .. Enumerable.Range(0, lessons).Select(i => Lesson($"l{i:00}", random.Next(4) == 0 ? PublicationStatus.Draft : PublicationStatus.Published)),
            .. Enumerable.Range(0, 4).Select(i => new Practice($"p{i}", $"P{i}", "-", "-", "-", PracticeStatus.Running, new(2020, 1, 1), null)),
            .. Enumerable.Range(0, 2).Select(i => new Issue($"i{i}", new($"I{i}", null), new("-", null), IssueStatus.Active, new(2019, 1, 1), null)),
            .. Enumerable.Range(0, 2).Select(i => new Actor($"a{i}", $"A{i}", ActorCategory.Professional, true, null, false)),
            .. new[] { ConditionKey.SocialCohesion, ConditionKey.SocialInclusion }.Select(c => new Condition(c, new(c.ToString(), null), new("-", null))),
            .. new[] { LevelKey.Group, LevelKey.Neighbourhood }.Select(l => new Level(l, new(l.ToString(), null), (int)l)),
            new Domain("zorg", new("Zorg", null)),
            Lesson("island-a", PublicationStatus.Published),
            Lesson("island-b", PublicationStatus.Published),
        ];
        var mainland = nodes.Where(n => !n.Key.StartsWith("island", StringComparison.Ordinal)).ToList();
        var rels = new List<Relationship>();
        while (rels.Count < relationships)
        {
            var type = _types[random.Next(_types.Length)];
            var (fromKind, toKind) = RelationshipSchema.EndpointsOf(type)[random.Next(RelationshipSchema.EndpointsOf(type).Count)];
            var from = Pick(mainland, fromKind, random);
            var to = Pick(mainland, toKind, random);
            if (from != to && !rels.Any(r => r.Type == type && r.From == from && r.To == to))
            {
                rels.Add(new Relationship(type, from, to));
            }
        }

        var l = Enumerable.Range(0, 6).Select(i => new NodeRef(NodeKind.Lesson, $"l{i:00}")).ToArray();
        rels.AddRange(
        [
            new(RelatesTo, l[0], l[0]),
            new(DerivedFrom, l[1], l[2]), new(RelatesTo, l[1], l[2]), new(RelatesTo, l[2], l[1]),
            new(RelatesTo, l[3], l[4]), new(RelatesTo, l[4], l[5]), new(RelatesTo, l[5], l[3]),
            new(RelatesTo, new(NodeKind.Lesson, "island-a"), new(NodeKind.Lesson, "island-b")),
        ]);
        return new GraphSnapshot(nodes, [.. rels.Distinct()]);
    }

    private static NodeRef Pick(List<GraphNode> nodes, NodeKind kind, Random random)
    {
        var ofKind = nodes.Where(n => n.Kind == kind).ToList();
        return ofKind[random.Next(ofKind.Count)].Ref;
    }

    private static Lesson Lesson(string key, PublicationStatus status) =>
        new(key, key, "-", LessonScope.Local, EvidenceKind.Practice, new(2021, 1, 1), status);
}
