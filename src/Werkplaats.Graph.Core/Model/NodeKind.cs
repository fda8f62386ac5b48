namespace Werkplaats.Graph.Core.Model;

/// <summary>The kinds of node in the knowledge graph (labels in MODEL.md).</summary>
public enum NodeKind
{
    Issue,
    Condition,
    Level,
    Domain,
    Actor,
    Practice,
    Lesson,
}
