using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>What both import paths check before they write, and do after they commit.</summary>
internal static class ImportChecks
{
    /// <summary>ABOUT is derived by the store; a snapshot that carries it is a caller's mistake.</summary>
    public static void RejectDerived(GraphSnapshot snapshot)
    {
        if (snapshot.Relationships.FirstOrDefault(r => RelationshipSchema.IsDerived(r.Type)) is { } derived)
        {
            throw new ArgumentException(
                $"{RelationshipSchema.GraphName(derived.Type)} is derived by the store and cannot be imported.", nameof(snapshot));
        }
    }

    public static GraphStoreException MissingEndpoint(NodeRef missing) => new(
        StoreErrorKind.NotFound, $"A relationship refers to {missing}, which is neither in the snapshot nor in the store.");

    /// <summary>Fresh statistics let the planner start from the selective side of a filter; the limit keeps it quick.</summary>
    public static Task RefreshStatisticsAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; ANALYZE", cancellationToken);
}
