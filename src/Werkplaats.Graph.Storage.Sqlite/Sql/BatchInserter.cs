using System.Data.Common;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// Inserts rows into one table through a prepared multi-row INSERT: the statement is parsed once and run again with
/// new parameter values for every full batch; the rest goes out in one smaller statement at the end.
/// </summary>
internal sealed class BatchInserter(DbTransaction transaction, string table, IReadOnlyList<string> columns) : IAsyncDisposable
{
    /// <summary>
    /// Binding looks every parameter up by name, a linear search in SQLite, so the cost per row grows with the
    /// statement's parameter count: 4000 made a 10^5-lesson import five times slower than 240; below that it levels off.
    /// </summary>
    private const int MaxParameters = 60;

    private readonly int _rowsPerBatch = Math.Max(1, MaxParameters / columns.Count);
    private readonly List<object?[]> _pending = [];
    private DbCommand? _fullBatch;

    public int RowsWritten { get; private set; }

    public async Task AddAsync(object?[] values, CancellationToken cancellationToken)
    {
        _pending.Add(values);
        if (_pending.Count == _rowsPerBatch)
        {
            _fullBatch ??= await PrepareAsync(_rowsPerBatch, cancellationToken);
            await RunAsync(_fullBatch, cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count > 0)
        {
            await using var rest = await PrepareAsync(_pending.Count, cancellationToken);
            await RunAsync(rest, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_fullBatch is not null)
        {
            await _fullBatch.DisposeAsync();
        }
    }

    private async Task RunAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var parameter = 0;
        foreach (var row in _pending)
        {
            foreach (var value in row)
            {
                command.Parameters[parameter++].Value = value ?? DBNull.Value;
            }
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        RowsWritten += _pending.Count;
        _pending.Clear();
    }

    private async Task<DbCommand> PrepareAsync(int rows, CancellationToken cancellationToken)
    {
        var sql = new SqlBuilder();
        var values = string.Join(", ", Enumerable.Range(0, rows).Select(_ => $"({sql.AddList(columns.Select(_ => (object?)null))})"));
        var command = sql.Build($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {values}")
            .CreateCommand(transaction.Connection!, transaction);
        await command.PrepareAsync(cancellationToken);
        return command;
    }
}
