namespace Werkplaats.Graph.Core.Storage;

/// <summary>The store's health as readiness reports it.</summary>
public sealed record StoreStatus(bool Reachable, bool Seeded, long NodeCount, string? Problem);

/// <summary>
/// What an import changed; all zero when the store already held the snapshot. A node or relationship counts as
/// updated only when one of its properties actually changed (relationship properties: role, mode, since).
/// </summary>
public sealed record ImportResult(int NodesCreated, int NodesUpdated, int RelationshipsCreated, int RelationshipsUpdated = 0)
{
    public bool ChangedNothing =>
        NodesCreated == 0 && NodesUpdated == 0 && RelationshipsCreated == 0 && RelationshipsUpdated == 0;
}

/// <summary>A store failure, mapped at the adapter boundary: no database type or message travels above the port.</summary>
public sealed class GraphStoreException : Exception
{
    public GraphStoreException(StoreErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException) => ErrorKind = kind;

    public GraphStoreException()
        : this(StoreErrorKind.Unavailable, "The graph store failed.")
    {
    }

    public GraphStoreException(string message)
        : this(StoreErrorKind.Unavailable, message)
    {
    }

    public GraphStoreException(string message, Exception innerException)
        : this(StoreErrorKind.Unavailable, message, innerException)
    {
    }

    public StoreErrorKind ErrorKind { get; }
}

/// <summary>The kinds of store failure the API tells apart.</summary>
public enum StoreErrorKind
{
    Unavailable,
    Conflict,
    NotFound,
    Timeout,
}
