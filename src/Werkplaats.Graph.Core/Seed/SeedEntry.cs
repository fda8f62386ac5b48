using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>
/// One entry of a section as read: its key, its node (null when a required field was missing or malformed) and the
/// relationships it declares. Entries with problems are kept so that cross-entry checks still see their keys.
/// </summary>
internal sealed record SeedEntry(NodeKind Kind, Located<string>? Key, GraphNode? Node, IReadOnlyList<SeedLink> Links);

/// <summary>A relationship declared in an entry; <see cref="Referenced"/> is the node the entry names, written at <see cref="At"/>.</summary>
internal sealed record SeedLink(Relationship Relationship, NodeRef Referenced, SeedLocation At, string Owner);

/// <summary>Collects the relationships an entry declares, in the order written.</summary>
internal sealed class SeedLinks(NodeRef entry, string owner)
{
    private readonly List<SeedLink> _links = [];

    public IReadOnlyList<SeedLink> All => _links;

    /// <summary>Relationships from this entry to the nodes it names: (entry)-[type]->(target).</summary>
    public void To(RelationshipType type, NodeKind targetKind, IEnumerable<Located<string>> targets)
    {
        foreach (var target in targets)
        {
            var referenced = new NodeRef(targetKind, target.Value);
            _links.Add(new SeedLink(new Relationship(type, entry, referenced), referenced, target.At, owner));
        }
    }

    /// <summary>A relationship from a node this entry names to the entry, e.g. (trekker)-[LEADS]->(issue).</summary>
    public void From(
        RelationshipType type, NodeKind sourceKind, Located<string> source, ParticipationMode? mode = null, DateOnly? since = null)
    {
        var referenced = new NodeRef(sourceKind, source.Value);
        var relationship = new Relationship(type, referenced, entry, Mode: mode, Since: since);
        _links.Add(new SeedLink(relationship, referenced, source.At, owner));
    }

    /// <summary>(entry)-[INVOLVES {role}]->(actor).</summary>
    public void Involves(Located<string> actor, string role)
    {
        var referenced = new NodeRef(NodeKind.Actor, actor.Value);
        var relationship = new Relationship(RelationshipType.Involves, entry, referenced, Role: role);
        _links.Add(new SeedLink(relationship, referenced, actor.At, owner));
    }
}
