using System.Collections.Frozen;

namespace Werkplaats.Graph.Core.Model;

/// <summary>Which kinds each relationship type connects, and its name in the graph (PART_OF, ...).</summary>
public static class RelationshipSchema
{
    private static readonly FrozenDictionary<RelationshipType, IReadOnlyList<(NodeKind From, NodeKind To)>> _endpoints =
        new Dictionary<RelationshipType, IReadOnlyList<(NodeKind, NodeKind)>>
        {
            [RelationshipType.PartOf] = [(NodeKind.Practice, NodeKind.Issue)],
            [RelationshipType.InDomain] = [(NodeKind.Practice, NodeKind.Domain), (NodeKind.Lesson, NodeKind.Domain)],
            [RelationshipType.AtLevel] = [(NodeKind.Practice, NodeKind.Level), (NodeKind.Lesson, NodeKind.Level)],
            [RelationshipType.Involves] = [(NodeKind.Practice, NodeKind.Actor)],
            [RelationshipType.LearnedIn] = [(NodeKind.Lesson, NodeKind.Practice)],
            [RelationshipType.Touches] = [(NodeKind.Lesson, NodeKind.Condition)],
            [RelationshipType.DerivedFrom] = [(NodeKind.Lesson, NodeKind.Lesson)],
            [RelationshipType.RelatesTo] = [(NodeKind.Lesson, NodeKind.Lesson)],
            [RelationshipType.ParticipatesIn] = [(NodeKind.Actor, NodeKind.Issue)],
            [RelationshipType.Leads] = [(NodeKind.Actor, NodeKind.Issue)],
            [RelationshipType.MergedInto] = [(NodeKind.Issue, NodeKind.Issue)],
            [RelationshipType.About] = [(NodeKind.Lesson, NodeKind.Issue)],
        }.ToFrozenDictionary();

    /// <summary>The (from, to) kind pairs a relationship type may connect.</summary>
    public static IReadOnlyList<(NodeKind From, NodeKind To)> EndpointsOf(RelationshipType type) => _endpoints[type];

    public static bool Connects(RelationshipType type, NodeKind from, NodeKind to) =>
        _endpoints[type].Contains((from, to));

    /// <summary>True for relationships a store derives itself; they are never imported or written.</summary>
    public static bool IsDerived(RelationshipType type) => type == RelationshipType.About;

    /// <summary>The relationship's name in the graph, e.g. <c>PART_OF</c>.</summary>
    public static string GraphName(RelationshipType type) => EnumNames.ToConstant(type);
}
