using Microsoft.Data.Sqlite;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>
/// Reads the data version on every request, so it must cost microseconds: one connection kept open for it alone, with
/// its statement prepared once, used by one caller at a time. Each read is its own statement, so it sees every write
/// committed before it, from this process or another. After a failure the connection is opened again on the next read.
/// </summary>
internal sealed class DataVersionReader(string connectionString) : IDisposable
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _read;

    public DataVersion Read()
    {
        lock (_gate)
        {
            try
            {
                _read ??= Prepare();
                using var reader = _read.ExecuteReader();
                return reader.Read()
                    ? new DataVersion(reader.GetString(0), reader.GetInt64(1))
                    : throw new GraphStoreException("The graph store has no data version; it was not initialized.");
            }
            catch (SqliteException)
            {
                Close();
                throw;
            }
        }
    }

    private SqliteCommand Prepare()
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        var command = _connection.CreateCommand();
        command.CommandText = DataVersionSql.Read().Sql;
        command.Prepare();
        return command;
    }

    private void Close()
    {
        _read?.Dispose();
        _connection?.Dispose();
        (_read, _connection) = (null, null);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            Close();
        }
    }
}
