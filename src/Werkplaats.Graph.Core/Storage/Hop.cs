using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Storage;

/// <summary>One step through the graph: a relationship type, followed one way, to nodes of one kind.</summary>
public sealed record Hop(RelationshipType Type, Direction Direction, NodeKind Target);

/// <summary>A neighbour reached over a hop, and the relationship that was followed (as stored, with its direction).</summary>
public sealed record Link(NodeRef Source, GraphNode Target, Relationship Relationship);
