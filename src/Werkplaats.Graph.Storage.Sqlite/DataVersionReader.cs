using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>
/// Reads the data version on every request, so it must cost microseconds: connections kept open for it alone, each
/// with its statement prepared once, and as many of them as requests read at the same time, so no request waits for
/// another's read. Each read is its own statement, so it sees every write committed before it, from this process or
/// another. A connection that failed is closed; the next read opens a new one.
/// </summary>
internal sealed class DataVersionReader(string connectionString) : IDisposable
{
    private readonly ConcurrentBag<VersionConnection> _idle = [];
    private bool _disposed;

    public DataVersion Read()
    {
        var connection = _idle.TryTake(out var idle) ? idle : new VersionConnection(connectionString);
        try
        {
            var version = connection.Read();
            Return(connection);
            return version;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Return(VersionConnection connection)
    {
        _idle.Add(connection);
        if (Volatile.Read(ref _disposed))
        {
            Dispose();
        }
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    /// <summary>
    /// One connection that only reads. SQLite's own <c>PRAGMA data_version</c> changes on it whenever any other
    /// connection (of this process or another) committed, and is cheaper than a table read: the table is read again
    /// only then.
    /// </summary>
    private sealed class VersionConnection : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _read;
        private readonly SqliteCommand _changes;
        private long _changesSeen = -1;
        private DataVersion? _version;

        public VersionConnection(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            _read = Prepare(DataVersionSql.Read().Sql);
            _changes = Prepare("PRAGMA data_version");
        }

        public DataVersion Read()
        {
            var changes = (long)_changes.ExecuteScalar()!;
            if (changes == _changesSeen && _version is not null)
            {
                return _version;
            }

            using var reader = _read.ExecuteReader();
            _version = reader.Read()
                ? new DataVersion(reader.GetString(0), reader.GetInt64(1))
                : throw new GraphStoreException("The graph store has no data version; it was not initialized.");
            _changesSeen = changes;
            return _version;
        }

        public void Dispose()
        {
            _read.Dispose();
            _changes.Dispose();
            _connection.Dispose();
        }

        private SqliteCommand Prepare(string sql)
        {
            var command = _connection.CreateCommand();
#pragma warning disable CA2100 // Constant statements only.
            command.CommandText = sql;
#pragma warning restore CA2100
            command.Prepare();
            return command;
        }
    }
}
