using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>
/// Lets every store connection read the file through memory mapping: a page read is then a memory access into the
/// operating system's page cache instead of a read call and a copy into the connection's own small page cache, which
/// is what a query pays for each page it touches once the file is far larger than that cache (measured in
/// docs/benchmarks.md: the analyst page at 10^6 lessons went from 3.8x to 1.6x its time at 10^3). The size asked for is
/// an upper bound; SQLite lowers it to its compile-time maximum, and maps only what the file holds. Writes still go
/// through ordinary file I/O.
/// </summary>
internal sealed class ReadTuning : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA mmap_size = 4294967296";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
