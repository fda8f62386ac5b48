using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>The adapter boundary for failures: database exceptions leave the adapter only as <see cref="GraphStoreException"/>.</summary>
internal static class StoreErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;

    public static async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception exception) when (Translate(exception) is { } mapped)
        {
            throw mapped;
        }
    }

    /// <summary>A short text for health reports: what failed, without the database's own message.</summary>
    public static string Describe(Exception exception) => Translate(exception) is { } mapped
        ? mapped.Message
        : $"The SQLite graph store failed: {exception.GetType().Name}.";

    private static GraphStoreException? Translate(Exception exception) => exception switch
    {
        SqliteException sqlite => FromSqlite(sqlite),
        DbUpdateException { InnerException: SqliteException sqlite } => FromSqlite(sqlite),
        DbUpdateException update => new(StoreErrorKind.Conflict, "The graph store rejected the change.", update),
        DbException database => new(StoreErrorKind.Unavailable, "The graph store failed.", database),
        IOException or UnauthorizedAccessException =>
            new(StoreErrorKind.Unavailable, "The graph store's folder cannot be created or opened.", exception),
        _ => null,
    };

    private static GraphStoreException FromSqlite(SqliteException exception) => exception.SqliteErrorCode switch
    {
        SqliteConstraint => new(StoreErrorKind.Conflict, "The change conflicts with data in the graph store.", exception),
        SqliteBusy or SqliteLocked => new(StoreErrorKind.Timeout, "The graph store is busy; try again.", exception),
        _ => new(StoreErrorKind.Unavailable, $"The graph store failed (SQLite error {exception.SqliteErrorCode}).", exception),
    };
}
