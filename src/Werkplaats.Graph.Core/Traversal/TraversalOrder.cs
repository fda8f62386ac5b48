using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Traversal;

/// <summary>The one order traversals sort by, so equal questions always get equal answers.</summary>
internal static class TraversalOrder
{
    /// <summary>Nodes by kind, then key (ordinal).</summary>
    public static readonly IComparer<NodeRef> Nodes = Comparer<NodeRef>.Create((a, b) =>
        a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Key, b.Key));

    /// <summary>Relationships by type, then From, then To: (type, from, to) identifies a relationship.</summary>
    public static readonly IComparer<Relationship> Relationships = Comparer<Relationship>.Create((a, b) =>
        a.Type != b.Type ? a.Type.CompareTo(b.Type)
        : Nodes.Compare(a.From, b.From) is var from and not 0 ? from
        : Nodes.Compare(a.To, b.To));

    /// <summary>Edges by where they lead, then by the relationship they follow; the source first.</summary>
    public static readonly IComparer<Edge> Edges = Comparer<Edge>.Create((a, b) =>
        Nodes.Compare(a.Source, b.Source) is var source and not 0 ? source
        : Nodes.Compare(a.Target, b.Target) is var target and not 0 ? target
        : Relationships.Compare(a.Relationship, b.Relationship));
}
