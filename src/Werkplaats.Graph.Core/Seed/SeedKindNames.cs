using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>How problems name a kind of entry: "lesson", "practice", ...</summary>
internal static class SeedKindNames
{
    public static string Of(NodeKind kind) => kind switch
    {
        NodeKind.Issue => "issue",
        NodeKind.Condition => "condition",
        NodeKind.Level => "level",
        NodeKind.Domain => "domain",
        NodeKind.Actor => "actor",
        NodeKind.Practice => "practice",
        NodeKind.Lesson => "lesson",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of node"),
    };
}
