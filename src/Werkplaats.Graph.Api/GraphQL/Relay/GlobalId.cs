using GraphQL;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Relay;

/// <summary>The Relay global id of a node: its kind and key, made opaque. Clients must not take it apart.</summary>
public static class GlobalId
{
    public static string Of(NodeRef node) => OpaqueText.Encode($"{node.Kind}:{node.Key}");

    /// <exception cref="ExecutionError">with code INVALID_ID when the id is not one this API issued.</exception>
    public static NodeRef Parse(string id)
    {
        if (OpaqueText.TryDecode(id, out var plain)
            && plain.Split(':', 2) is [var kind, var key]
            && Enum.TryParse<NodeKind>(kind, ignoreCase: false, out var nodeKind)
            && Enum.IsDefined(nodeKind)
            && key.Length > 0)
        {
            return new NodeRef(nodeKind, key);
        }

        throw new ExecutionError($"'{id}' is not a node id of this API.") { Code = ErrorCodes.InvalidId };
    }
}
