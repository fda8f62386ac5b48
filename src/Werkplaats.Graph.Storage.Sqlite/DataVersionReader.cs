using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>
/// Reads the data version on every request, so it must cost well under a microsecond when nothing was written: the
/// wal-index header (<see cref="WalIndexHeader"/>) says whether anything was committed, by this process or another,
/// since a connection last read the version; only then is the version read from its table, by connections kept open
/// for it alone, each with its statement prepared once, as many as requests read at the same time. A connection that
/// failed is closed; the next read opens a new one.
/// </summary>
internal sealed class DataVersionReader(string connectionString) : IDisposable
{
    private readonly ConcurrentBag<VersionConnection> _idle = [];
    private WalIndexHeader? _walIndex;
    private int _walIndexTried;
    private bool _disposed;
    private int _tableReads;

    /// <summary>How many reads went to the table (the header had changed, or could not be read); for tests.</summary>
    public int TableReads => Volatile.Read(ref _tableReads);

    public DataVersion Read()
    {
        var connection = _idle.TryTake(out var idle) ? idle : new VersionConnection(connectionString);
        try
        {
            var version = connection.Read(Volatile.Read(ref _walIndex), ref _tableReads);
            if (Interlocked.Exchange(ref _walIndexTried, 1) == 0)
            {
                OpenWalIndex(connection.DatabasePath);
            }

            Return(connection);
            return version;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // Tried once, after the first read: the wal-index exists once a connection has read in WAL mode, and a file without
    // one (not in WAL mode) is always read from its table rather than looked for on every request.
    private void OpenWalIndex(string databasePath) => Volatile.Write(ref _walIndex, WalIndexHeader.Open(databasePath));

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

        Interlocked.Exchange(ref _walIndex, null)?.Dispose();
    }

    /// <summary>One connection that only reads the version, and the wal-index header it last read it under.</summary>
    private sealed class VersionConnection : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _read;
        private readonly long[] _headerSeen = new long[WalIndexHeader.Words];
        private DataVersion? _version;

        public VersionConnection(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            _read = _connection.CreateCommand();
            _read.CommandText = DataVersionSql.Read().Sql;
            _read.Prepare();
        }

        public string DatabasePath => _connection.DataSource;

        public DataVersion Read(WalIndexHeader? walIndex, ref int tableReads)
        {
            // The header is taken before the table is read: a commit in between makes the next read go to the table again.
            Span<long> header = stackalloc long[WalIndexHeader.Words];
            var headerRead = walIndex is not null && walIndex.TryRead(header);
            if (headerRead && _version is not null && header.SequenceEqual(_headerSeen))
            {
                return _version;
            }

            Interlocked.Increment(ref tableReads);
            using var reader = _read.ExecuteReader();
            var version = reader.Read()
                ? new DataVersion(reader.GetString(0), reader.GetInt64(1))
                : throw new GraphStoreException("The graph store has no data version; it was not initialized.");

            // Kept only with the header it was read under; without one, the next read goes to the table again.
            _version = headerRead ? version : null;
            header.CopyTo(_headerSeen);
            return version;
        }

        public void Dispose()
        {
            _read.Dispose();
            _connection.Dispose();
        }
    }
}
