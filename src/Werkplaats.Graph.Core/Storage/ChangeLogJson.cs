using System.Text.Json;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// What a change wrote, as every store's change log keeps it: the created and updated nodes and the added and removed
/// relationships, by kind, key and type constants, so the log reads back without the nodes (which may change since).
/// One format for every adapter, so a copied log reads the same on either store.
/// </summary>
public static class ChangeLogJson
{
    /// <summary>The JSON of what <paramref name="change"/> writes.</summary>
    public static string Write(GraphChange change) =>
        Write(change.Created.Select(n => n.Ref), change.Updated.Select(n => n.Ref), change.Added, change.Removed);

    /// <summary>The JSON of a logged entry again, as a copy restores it.</summary>
    public static string Write(ChangeLogEntry entry) => Write(entry.Created, entry.Updated, entry.Added, entry.Removed);

    /// <summary>A log entry from its stored columns and the JSON <see cref="Write(GraphChange)"/> made.</summary>
    public static ChangeLogEntry Read(long sequence, ChangeAuthor author, DateTimeOffset at, string operation, string json)
    {
        var changes = JsonSerializer.Deserialize<Changes>(json)!;
        return new ChangeLogEntry(
            sequence, author, at, operation,
            [.. changes.Created.Select(Ref)], [.. changes.Updated.Select(Ref)],
            [.. changes.Added.Select(Relationship)], [.. changes.Removed.Select(Relationship)]);
    }

    private static string Write(IEnumerable<NodeRef> created, IEnumerable<NodeRef> updated, IEnumerable<Relationship> added, IEnumerable<Relationship> removed) =>
        JsonSerializer.Serialize(new Changes([.. created.Select(Node)], [.. updated.Select(Node)], [.. added.Select(Link)], [.. removed.Select(Link)]));

    private static LoggedNode Node(NodeRef node) => new(EnumNames.ToConstant(node.Kind), node.Key);

    private static NodeRef Ref(LoggedNode node) => new(Parse<NodeKind>(node.Kind), node.Key);

    private static LoggedLink Link(Relationship r) => new(
        EnumNames.ToConstant(r.Type), Node(r.From), Node(r.To), r.Role,
        r.Mode is { } mode ? EnumNames.ToConstant(mode) : null, StoredText.Of(r.Since));

    private static Relationship Relationship(LoggedLink link) => new(
        Parse<RelationshipType>(link.Type), Ref(link.From), Ref(link.To), link.Role,
        link.Mode is { } mode ? Parse<ParticipationMode>(mode) : null,
        StoredText.DateOrNull(link.Since));

    private static T Parse<T>(string constant)
        where T : struct, Enum =>
        EnumNames.TryParse<T>(constant, out var value) ? value : throw new InvalidDataException($"'{constant}' in the change log is no {typeof(T).Name}.");

    private sealed record Changes(List<LoggedNode> Created, List<LoggedNode> Updated, List<LoggedLink> Added, List<LoggedLink> Removed);

    private sealed record LoggedNode(string Kind, string Key);

    private sealed record LoggedLink(string Type, LoggedNode From, LoggedNode To, string? Role, string? Mode, string? Since);
}
