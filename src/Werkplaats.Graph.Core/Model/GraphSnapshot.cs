namespace Werkplaats.Graph.Core.Model;

/// <summary>A whole graph at rest: what graph-seed yields and what a store imports or exports.</summary>
public sealed record GraphSnapshot(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<Relationship> Relationships);
