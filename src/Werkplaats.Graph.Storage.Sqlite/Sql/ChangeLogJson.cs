using System.Text.Json;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// What a change wrote, as the ChangeLog keeps it: the created and updated nodes and the added and removed
/// relationships, by kind, key and type constants, so the log reads back without the nodes (which may change since).
/// </summary>
internal static class ChangeLogJson
{
    public static string Write(GraphChange change) => JsonSerializer.Serialize(new Changes(
        [.. change.Created.Select(n => Node(n.Ref))],
        [.. change.Updated.Select(n => Node(n.Ref))],
        [.. change.Added.Select(Link)],
        [.. change.Removed.Select(Link)]));

    public static ChangeLogEntry Read(long sequence, ChangeAuthor author, DateTimeOffset at, string operation, string json)
    {
        var changes = JsonSerializer.Deserialize<Changes>(json)!;
        return new ChangeLogEntry(
            sequence, author, at, operation,
            [.. changes.Created.Select(Ref)], [.. changes.Updated.Select(Ref)],
            [.. changes.Added.Select(Relationship)], [.. changes.Removed.Select(Relationship)]);
    }

    private static LoggedNode Node(NodeRef node) => new(EnumNames.ToConstant(node.Kind), node.Key);

    private static NodeRef Ref(LoggedNode node) => new(Parse<NodeKind>(node.Kind), node.Key);

    private static LoggedLink Link(Relationship r) => new(
        EnumNames.ToConstant(r.Type), Node(r.From), Node(r.To), r.Role,
        r.Mode is { } mode ? EnumNames.ToConstant(mode) : null, NodeMapper.ToText(r.Since));

    private static Relationship Relationship(LoggedLink link) =>
        RelationshipMapper.ToRelationship(Parse<RelationshipType>(link.Type), Ref(link.From), Ref(link.To), link.Role, link.Mode, link.Since);

    private static T Parse<T>(string constant)
        where T : struct, Enum =>
        EnumNames.TryParse<T>(constant, out var value) ? value : throw new InvalidDataException($"'{constant}' in the change log is no {typeof(T).Name}.");

    private sealed record Changes(List<LoggedNode> Created, List<LoggedNode> Updated, List<LoggedLink> Added, List<LoggedLink> Removed);

    private sealed record LoggedNode(string Kind, string Key);

    private sealed record LoggedLink(string Type, LoggedNode From, LoggedNode To, string? Role, string? Mode, string? Since);
}
