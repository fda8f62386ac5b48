using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Neo4j;
using Werkplaats.Graph.Storage.Sqlite;

namespace Werkplaats.Graph.Api.Commands;

/// <summary>
/// <c>copy --from sqlite|neo4j --to neo4j|sqlite</c>: copies everything one store recorded (every node, drafts
/// included, every relationship, the audit trail and the idempotency keys) into the other, whichever store
/// <c>Graph:Store</c> names. The SQLite store is <c>ConnectionStrings:Graph</c>, the Neo4j store the <c>Neo4j</c>
/// section. It upserts, so running it again changes nothing.
/// </summary>
public static class CopyCommand
{
    private const string Usage = "Usage: copy --from sqlite|neo4j --to neo4j|sqlite";

    private static readonly string[] _stores = ["sqlite", "neo4j"];

    /// <summary>Copies and reports on <paramref name="output"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args is not ["--from", var from, "--to", var to] || !_stores.Contains(from) || !_stores.Contains(to) || from == to)
        {
            await error.WriteLineAsync(Usage);
            return 1;
        }

        try
        {
            await using var source = Open(from, configuration);
            await using var target = Open(to, configuration);
            foreach (var store in new[] { source, target }.Select(s => s.GetRequiredService<IGraphStore>()))
            {
                await store.InitializeAsync(CancellationToken.None);
            }

            var result = await StoreCopy.CopyAsync(
                source.GetRequiredService<IGraphTransfer>(), target.GetRequiredService<IGraphTransfer>(), CancellationToken.None);
            await output.WriteLineAsync(
                $"Copied {result.Nodes} nodes, {result.Relationships} relationships, {result.AuditEntries} audit entries, " +
                $"{result.IdempotencyKeys} idempotency keys and {result.ChangeLogEntries} change log entries from {from} to {to}: " +
                $"{result.Restored.NodesCreated} nodes created, " +
                $"{result.Restored.NodesUpdated} updated, {result.Restored.RelationshipsCreated} relationships created.");
            return 0;
        }
        catch (Exception problem) when (problem is GraphStoreException or InvalidOperationException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            await error.WriteLineAsync($"The copy failed, nothing of the failing step was written: {problem.Message}");
            return 1;
        }
    }

    /// <summary>One store, built as the API builds it, on its own service provider.</summary>
    private static ServiceProvider Open(string store, IConfiguration configuration)
    {
        var services = new ServiceCollection();
        if (store == "neo4j")
        {
            services.AddNeo4jGraphStore(options => configuration.GetSection(Neo4jOptions.Section).Bind(options));
        }
        else
        {
            services.AddSqliteGraphStore(configuration.GetConnectionString("Graph")
                ?? throw new InvalidOperationException("ConnectionStrings:Graph is not set."));
        }

        return services.BuildServiceProvider();
    }
}
