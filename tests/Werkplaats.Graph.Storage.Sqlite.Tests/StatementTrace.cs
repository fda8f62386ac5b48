using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;
using Werkplaats.Graph.Storage.Sqlite.Schema;

namespace Werkplaats.Graph.Storage.Sqlite.Tests;

/// <summary>
/// Every statement SQLite runs on a store's connections while <see cref="Recording"/>, as SQLite's own trace reports it
/// (with the bound values written in): what the adapter sends, EF's statements included, so none escapes a plan test.
/// A triggered program shows as a comment naming the trigger.
/// </summary>
public sealed class StatementTrace : DbConnectionInterceptor
{
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly strdelegate_trace _onStatement;

    public StatementTrace() => _onStatement = (_, statement) =>
    {
        if (Recording)
        {
            _statements.Enqueue(statement);
        }
    };

    public bool Recording { get; set; }

    public IReadOnlyCollection<string> Statements => _statements;

    /// <summary>Adds the trace to the store's connections.</summary>
    public void AddTo(IServiceCollection services) =>
        services.ConfigureDbContext<GraphDbContext>(options => options.AddInterceptors(this));

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        raw.sqlite3_trace(((SqliteConnection)connection).Handle, _onStatement, null);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ConnectionOpened(connection, eventData);
        return Task.CompletedTask;
    }
}
