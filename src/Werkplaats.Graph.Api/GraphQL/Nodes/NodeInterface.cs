using GraphQL.Types;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Nodes;

/// <summary>Relay's Node interface: every kind of the knowledge graph is a node with an opaque global id.</summary>
public sealed class NodeInterface : InterfaceGraphType<GraphNode>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "A node of the knowledge graph. Fetch any node again with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The node's global id: opaque, stable, and unique across all kinds.");
    }
}
