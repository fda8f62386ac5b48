namespace Werkplaats.Graph.Core.Model;

/// <summary>Identifies a node: its kind and its key, which is unique within the kind.</summary>
public readonly record struct NodeRef(NodeKind Kind, string Key)
{
    public override string ToString() => $"{Kind}:{Key}";
}
