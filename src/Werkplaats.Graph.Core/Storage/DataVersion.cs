namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// Which state of its data a store holds. Every write that changes what a reader can see (a change through the write
/// port, an import that changes anything) moves <see cref="Number"/> on inside its own transaction, so a reader that
/// sees the new number also sees the new data. <see cref="Store"/> tells stores apart: a new, empty store starts
/// counting again, and must not be mistaken for an old one whose answers are still cached somewhere.
/// </summary>
public sealed record DataVersion(string Store, long Number)
{
    /// <summary>The version as one short token, e.g. for a cache key: store and number.</summary>
    public override string ToString() => $"{Store}.{Number}";
}
