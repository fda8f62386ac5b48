using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Writing;

/// <summary>A node an input field refers to.</summary>
public sealed record Reference(string Field, NodeRef Node)
{
    /// <summary>The references of one input field: its distinct keys, as nodes of <paramref name="kind"/>.</summary>
    public static IEnumerable<Reference> To(string field, NodeKind kind, IEnumerable<string>? keys) =>
        (keys ?? []).Distinct(StringComparer.Ordinal).Select(key => new Reference(field, new NodeRef(kind, key)));
}

/// <summary>
/// What every write use case does around its own rules: reads the graph as it is now (what the caller sees, what a node
/// is linked to, which references exist), and applies one <see cref="GraphChange"/>, turning the store's Conflict and
/// NotFound into payload errors.
/// </summary>
public sealed class GraphEdits(IGraphStore store, IGraphWriter writer, TimeProvider time)
{
    /// <summary>Refuses the public and broken input rules; null when the write may go on.</summary>
    public static WriteResult? Refusal(Editor? editor, IReadOnlyList<WriteError> invalid) =>
        editor is null ? WriteResult.Refused(WriteError.Unauthenticated)
        : invalid.Count > 0 ? WriteResult.Refused(invalid)
        : null;

    /// <summary>
    /// The first answer to the mutation <paramref name="operation"/> that the caller sent before with this idempotency
    /// key, or null when it is new. Checked before any rule, since the first write may have changed what the rules see
    /// (a published lesson, an ended issue).
    /// </summary>
    public async Task<WriteResult?> ReplayAsync(Editor? editor, string operation, IWriteInput input, CancellationToken cancellationToken) =>
        editor is not null && input.IdempotencyKey is { } key
            && await writer.GetResultAsync(editor.Author.ActorKey, Scoped(operation, key), cancellationToken) is { } result
            ? WriteResult.Written(result)
            : null;

    /// <summary>A change by <paramref name="editor"/>, now, made by the mutation <paramref name="operation"/>.</summary>
    public GraphChange Change(Editor editor, string operation, string result, string? idempotencyKey) =>
        new(editor.Author, time.GetUtcNow(), result, idempotencyKey is null ? null : Scoped(operation, idempotencyKey)) { Operation = operation };

    /// <summary>An idempotency key as stored: per mutation, so one key sent to two mutations never answers the second with the first.</summary>
    private static string Scoped(string operation, string key) => $"{operation}:{key}";

    /// <summary>Applies the change: the key written, or Conflict (named on <paramref name="keyField"/>) or NotFound.</summary>
    public async Task<WriteResult> ApplyAsync(GraphChange change, CancellationToken cancellationToken, string keyField = "key")
    {
        try
        {
            return WriteResult.Written(await writer.ApplyAsync(change, cancellationToken));
        }
        catch (GraphStoreException exception) when (exception.ErrorKind == StoreErrorKind.Conflict)
        {
            return WriteResult.Refused(new WriteError(WriteErrorCode.Conflict, keyField, exception.Message));
        }
        catch (GraphStoreException exception) when (exception.ErrorKind == StoreErrorKind.NotFound)
        {
            return WriteResult.Refused(new WriteError(WriteErrorCode.NotFound, null, exception.Message));
        }
    }

    /// <summary>The node as <paramref name="visibility"/> sees it; null when it does not exist or is hidden.</summary>
    public async Task<T?> NodeAsync<T>(NodeRef node, Visibility visibility, CancellationToken cancellationToken)
        where T : GraphNode =>
        (await store.GetNodesAsync([node], visibility, cancellationToken)).OfType<T>().SingleOrDefault();

    /// <summary>The relationships of these types that start at any of <paramref name="nodes"/>, drafts included.</summary>
    public async Task<IReadOnlyList<Relationship>> OutgoingAsync(
        IReadOnlyCollection<NodeRef> nodes, IReadOnlyList<RelationshipType> types, CancellationToken cancellationToken) =>
        [.. (await store.GetRelationshipsAsync(nodes, types, Visibility.Everything, cancellationToken)).Where(r => nodes.Contains(r.From))];

    /// <summary>The relationships of <paramref name="type"/> that end at <paramref name="node"/>, drafts included.</summary>
    public async Task<IReadOnlyList<Relationship>> IncomingAsync(NodeRef node, RelationshipType type, CancellationToken cancellationToken) =>
        [.. (await store.GetRelationshipsAsync([node], [type], Visibility.Everything, cancellationToken)).Where(r => r.To == node)];

    /// <summary>The keys <paramref name="type"/> leads to from any of <paramref name="nodes"/>.</summary>
    public async Task<IReadOnlySet<string>> TargetsAsync(
        IReadOnlyCollection<NodeRef> nodes, RelationshipType type, CancellationToken cancellationToken) =>
        (await OutgoingAsync(nodes, [type], cancellationToken)).Select(r => r.To.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>A NOT_FOUND error for each reference the graph lacks, naming its input field.</summary>
    public async Task<IReadOnlyList<WriteError>> MissingAsync(
        IReadOnlyCollection<Reference> references, CancellationToken cancellationToken)
    {
        var found = (await store.GetNodesAsync([.. references.Select(r => r.Node).Distinct()], Visibility.Everything, cancellationToken))
            .Select(n => n.Ref)
            .ToHashSet();
        return [.. references.Where(r => !found.Contains(r.Node)).Select(r => WriteError.NotFound(r.Field, r.Node.Key))];
    }
}
