using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.Export;

/// <summary>An exported node: the API's global id and its attribute values.</summary>
internal sealed record ExportNode(string Id, IReadOnlyList<ExportValue> Values);

/// <summary>An exported edge, pointing from <see cref="Source"/> to <see cref="Target"/> as stored.</summary>
internal sealed record ExportEdge(string Id, string Source, string Target, IReadOnlyList<ExportValue> Values);

/// <summary>
/// A subgraph as every export format writes it. Checked before the first byte is written, so a response never
/// ends halfway with an edge to a node the file does not hold (which Gephi and yEd reject).
/// </summary>
internal sealed record ExportGraph(IReadOnlyList<ExportNode> Nodes, IReadOnlyList<ExportEdge> Edges, bool Truncated)
{
    /// <exception cref="ArgumentException">when a relationship ends at a node the subgraph does not hold.</exception>
    public static ExportGraph From(Subgraph subgraph)
    {
        var nodes = subgraph.Nodes.Select(n => n.Ref).ToHashSet();
        if (subgraph.Relationships.FirstOrDefault(r => !nodes.Contains(r.From) || !nodes.Contains(r.To)) is { } dangling)
        {
            throw new ArgumentException(
                $"The {RelationshipSchema.GraphName(dangling.Type)} relationship {dangling.From} -> {dangling.To} ends outside the subgraph.",
                nameof(subgraph));
        }

        // Edge ids only need to be unique within the file; the position keeps them short and stable per export.
        return new ExportGraph(
            [.. subgraph.Nodes.Select(n => new ExportNode(GlobalId.Of(n.Ref), ExportAttributes.Of(n)))],
            [.. subgraph.Relationships.Select((r, index) => new ExportEdge($"e{index}", GlobalId.Of(r.From), GlobalId.Of(r.To), ExportAttributes.Of(r)))],
            subgraph.Truncated);
    }
}
