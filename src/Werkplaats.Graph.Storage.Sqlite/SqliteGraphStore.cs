using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>
/// The storage port on a SQLite file. A singleton: every call makes its own DbContext (and pooled connection), so
/// calls from many threads never share one. Reads run the statements of <see cref="NodeQuerySql"/> directly.
/// </summary>
internal sealed partial class SqliteGraphStore(IDbContextFactory<GraphDbContext> contexts, string connectionString) : IGraphStore, IDisposable
{
    private readonly DataVersionReader _dataVersion = new(connectionString);

    public void Dispose() => _dataVersion.Dispose();

    /// <summary>How many data version reads went to the table rather than being answered by the unchanged wal-index.</summary>
    internal int DataVersionTableReads => _dataVersion.TableReads;

    public Task InitializeAsync(CancellationToken cancellationToken) => StoreErrors.GuardAsync(async () =>
    {
        CreateFolder();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.Database.EnsureCreatedAsync(cancellationToken);
        // WAL lets readers go on while an import writes; the mode is stored in the file.
        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", cancellationToken);
        await context.Database.ExecuteSqlRawAsync(SearchIndex.CreateSql, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(ChangeSql.CreateTablesSql, cancellationToken);
        await context.Database.ExecuteSqlRawAsync(DataVersionSql.CreateSql, cancellationToken);
        await EnsureLessonCountsAsync(context, cancellationToken);
        return true;
    });

    /// <summary>
    /// Creates and fills the lesson counts of a file that lacks them (made before they existed), recounts them when their
    /// definition (the triggers' text) changed, and settles what a foreign writer left pending; in one transaction.
    /// </summary>
    private static async Task EnsureLessonCountsAsync(GraphDbContext context, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var database = transaction.GetDbTransaction();
        var existed = (long)(await LessonCounts.TableExists().ScalarAsync(database, cancellationToken))! != 0;
        await new SqlBuilder().Build(LessonCounts.CreateTablesSql).ExecuteAsync(database, cancellationToken);
        var stored = new List<(string Name, string Sql)>();
        await using (var command = LessonCounts.StoredTriggers().CreateCommand(database.Connection!, database))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                stored.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var wanted = LessonCounts.Triggers().OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        IEnumerable<SqlStatement> statements = existed && stored.SequenceEqual(wanted)
            ? [LessonCounts.Settle()]
            : [.. stored.Select(t => LessonCounts.DropTrigger(t.Name)), .. LessonCounts.Rebuild(), .. LessonCounts.CreateTriggers()];
        foreach (var statement in statements)
        {
            await statement.ExecuteAsync(database, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Seeded means the store holds any node: imports are all-or-nothing, so one node means a seed got in.</summary>
    public async Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Rows are never deleted (a rolled-back insert gives its id back), so the largest id is the count: one
            // index seek instead of a walk over every node, for a probe that runs every few seconds.
            var count = await QueryAsync([new SqlBuilder().Build("SELECT COALESCE(MAX(Id), 0) FROM Nodes")], r => r.GetInt64(0), cancellationToken);
            return new StoreStatus(true, count[0] > 0, count[0], null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new StoreStatus(false, false, 0, StoreErrors.Describe(exception));
        }
    }

    public Task<DataVersion> GetDataVersionAsync(CancellationToken cancellationToken) =>
        StoreErrors.GuardAsync(() => Task.FromResult(_dataVersion.Read()));

    public Task<ImportResult> ImportAsync(GraphSnapshot snapshot, CancellationToken cancellationToken) =>
        StoreErrors.GuardAsync(async () =>
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            return await new BulkImportWriter(context).TryWriteAsync(snapshot, cancellationToken)
                ?? await new ImportWriter(context).WriteAsync(snapshot, cancellationToken);
        });

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(
        IReadOnlyCollection<NodeRef> refs, Visibility visibility, CancellationToken cancellationToken)
    {
        var requested = refs.Distinct().ToList();
        var found = (await QueryAsync(NodeQuerySql.GetNodes(requested, visibility), ReadNode, cancellationToken))
            .ToDictionary(n => n.Ref);
        return [.. requested.Where(found.ContainsKey).Select(r => found[r])];
    }

    public async Task<Page<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        var sort = NodeSort.For(query.Kind, query.Order);
        var estimate = await EstimateAsync(query, cancellationToken);
        var forms = sort.Indexed() && estimate is not null ? estimate.FormsFor(query.First) : RelatedForms.Collected;
        long? total = query.CountTotal ? await CountAsync(query, estimate, cancellationToken) : null;
        // With First 0 the page query still runs (LIMIT 1), so HasNextPage stays true to its word.
        var rows = await QueryAsync([NodeQuerySql.FindPage(query, forms)], NodeRows.Read, cancellationToken);
        var items = rows.Take(Math.Max(query.First, 0))
            .Select(NodeMapper.ToNode)
            .Select(node => new PageItem<GraphNode>(node, sort.PositionOf(node)))
            .ToList();
        return new Page<GraphNode>(items, total, rows.Count > items.Count);
    }

    /// <summary>
    /// The total from the maintained lesson counts when a cell holds it (see <see cref="LessonCountSql.CellOf"/>) and no
    /// lesson is pending; otherwise counted over the rows.
    /// </summary>
    private async Task<long> CountAsync(NodeQuery query, FilterEstimate? estimate, CancellationToken cancellationToken)
    {
        if (LessonCountSql.CellOf(query) is { } cell
            && (await QueryAsync([LessonCountSql.Count(cell, query.Visibility)], r => r.IsDBNull(0) ? (long?)null : r.GetInt64(0), cancellationToken))[0] is { } counted)
        {
            return counted;
        }

        return (await QueryAsync([NodeCountSql.Count(query, estimate?.CountDriver(query.Filter))], r => r.GetInt64(0), cancellationToken))[0];
    }

    /// <summary>The estimate of the filter's one-hop related filters (see <see cref="FilterEstimate"/>); null when it has none.</summary>
    private async Task<FilterEstimate?> EstimateAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        var candidates = RelatedForms.Candidates(query.Filter);
        if (candidates.Count == 0)
        {
            return null;
        }

        var row = await QueryAsync(
            [FilterEstimate.Statement(candidates, query.Kind)],
            reader => Enumerable.Range(0, reader.FieldCount).Select(reader.GetInt64).ToList(),
            cancellationToken);
        return FilterEstimate.Read(candidates, row[0]);
    }

    public async Task<IReadOnlyList<Link>> GetLinksAsync(
        IReadOnlyCollection<NodeRef> from, Hop hop, Visibility visibility, CancellationToken cancellationToken) =>
        await QueryAsync(NodeQuerySql.GetLinks(from, hop, visibility), reader => ReadLink(reader, hop.Type), cancellationToken);

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (SearchIndex.Search(query) is not { } statement)
        {
            return [];
        }

        // bm25 is lower for better matches; the port wants higher is better.
        return await QueryAsync(
            [statement], reader => new SearchHit(ReadNode(reader), -reader.GetDouble(NodeRows.Count)), cancellationToken);
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(
        IReadOnlyCollection<NodeRef> nodes,
        IReadOnlyCollection<RelationshipType>? types,
        Visibility visibility,
        CancellationToken cancellationToken)
    {
        // A relationship between nodes of two chunks comes back from both statements.
        var relationships = await QueryAsync(
            RelationshipQuerySql.GetRelationships(nodes, types, visibility), ReadRelationship, cancellationToken);
        return [.. relationships.Distinct()];
    }

    private static GraphNode ReadNode(DbDataReader reader) => NodeMapper.ToNode(NodeRows.Read(reader));

    private static Relationship ReadRelationship(DbDataReader reader) =>
        RelationshipMapper.ToRelationship(
            (RelationshipType)reader.GetInt32(2),
            new NodeRef((NodeKind)reader.GetInt32(0), reader.GetString(1)),
            new NodeRef((NodeKind)reader.GetInt32(3), reader.GetString(4)),
            NodeRows.Text(reader, 5),
            NodeRows.Text(reader, 6),
            NodeRows.Text(reader, 7));

    private static Link ReadLink(DbDataReader reader, RelationshipType type)
    {
        var target = ReadNode(reader);
        var extra = NodeRows.Count;
        var source = new NodeRef((NodeKind)reader.GetInt32(extra), reader.GetString(extra + 1));
        var outgoing = reader.GetInt64(extra + 2) != 0;
        var relationship = RelationshipMapper.ToRelationship(
            type,
            outgoing ? source : target.Ref,
            outgoing ? target.Ref : source,
            NodeRows.Text(reader, extra + 3),
            NodeRows.Text(reader, extra + 4),
            NodeRows.Text(reader, extra + 5));
        return new Link(source, target, relationship);
    }

    private Task<List<T>> QueryAsync<T>(
        IEnumerable<SqlStatement> statements, Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        StoreErrors.GuardAsync(async () =>
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            await context.Database.OpenConnectionAsync(cancellationToken);
            var connection = context.Database.GetDbConnection();
            var results = new List<T>();
            foreach (var statement in statements)
            {
                await using var command = statement.CreateCommand(connection);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    results.Add(read(reader));
                }
            }

            return results;
        });

    /// <summary>SQLite creates a missing file but not a missing folder (e.g. <c>data/</c> on first start).</summary>
    private void CreateFolder()
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource.StartsWith(':') || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        if (Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
