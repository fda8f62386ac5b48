using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// One write, applied atomically by <see cref="IGraphWriter"/>: nodes to create (new keys) and to update (existing
/// keys), relationships to add and to remove, by <see cref="Author"/> at <see cref="At"/>. Created and updated nodes,
/// and the start node of every added or removed relationship, record the author and the time.
/// </summary>
/// <param name="Author">Who makes the change.</param>
/// <param name="At">When the change is made.</param>
/// <param name="Result">What the change yields to its caller (e.g. the lesson's key); stored with the idempotency key.</param>
/// <param name="IdempotencyKey">When given, a second change by the same author with this key writes nothing.</param>
public sealed record GraphChange(ChangeAuthor Author, DateTimeOffset At, string Result, string? IdempotencyKey)
{
    /// <summary>What made the change, for the audit log: the mutation's name (e.g. <c>recordLesson</c>).</summary>
    public string Operation { get; init; } = "";

    public IReadOnlyList<GraphNode> Created { get; init; } = [];

    public IReadOnlyList<GraphNode> Updated { get; init; } = [];

    public IReadOnlyList<Relationship> Added { get; init; } = [];

    public IReadOnlyList<Relationship> Removed { get; init; } = [];

    /// <summary>The nodes whose audit trail the change moves on.</summary>
    public IEnumerable<NodeRef> Touched =>
        Created.Concat(Updated).Select(n => n.Ref).Concat(Added.Concat(Removed).Select(r => r.From)).Distinct();
}
