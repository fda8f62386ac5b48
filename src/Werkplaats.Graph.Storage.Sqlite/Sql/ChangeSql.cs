using System.Data.Common;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// The tables of the write port, beside the EF model: NodeAudit (who created and last changed a node, when),
/// IdempotencyKeys (the result of a change, per author and key) and ChangeLog (every applied change, what it wrote as
/// JSON). Created with IF NOT EXISTS on every start, so a database file made before the write port gains them too.
/// </summary>
internal static class ChangeSql
{
    public const string CreateTablesSql =
        "CREATE TABLE IF NOT EXISTS NodeAudit (NodeId INTEGER NOT NULL PRIMARY KEY REFERENCES Nodes (Id), " +
        "CreatedBy TEXT NULL, CreatedByName TEXT NULL, CreatedAt TEXT NULL, " +
        "ChangedBy TEXT NOT NULL, ChangedByName TEXT NULL, ChangedAt TEXT NOT NULL); " +
        "CREATE TABLE IF NOT EXISTS IdempotencyKeys (Actor TEXT NOT NULL, Key TEXT NOT NULL, Result TEXT NOT NULL, " +
        "CreatedAt TEXT NOT NULL, PRIMARY KEY (Actor, Key)); " +
        "CREATE TABLE IF NOT EXISTS ChangeLog (Sequence INTEGER PRIMARY KEY AUTOINCREMENT, At TEXT NOT NULL, " +
        "Actor TEXT NOT NULL, ActorName TEXT NULL, Operation TEXT NOT NULL, Changes TEXT NOT NULL)";

    /// <summary>Appends a change to the log; <paramref name="changes"/> is what it wrote, as <see cref="ChangeLogJson"/> made it.</summary>
    public static SqlStatement Log(GraphChange change, string changes)
    {
        var sql = new SqlBuilder();
        return sql.Build(
            "INSERT INTO ChangeLog (At, Actor, ActorName, Operation, Changes) VALUES " +
            $"({sql.Add(StoredText.Of(change.At))}, {sql.Add(change.Author.ActorKey)}, {sql.Add(change.Author.PersonName)}, " +
            $"{sql.Add(change.Operation)}, {sql.Add(changes)})");
    }

    /// <summary>Up to <paramref name="limit"/> log rows before <paramref name="before"/>, newest first: Sequence, At, Actor, ActorName, Operation, Changes.</summary>
    public static SqlStatement ReadLog(long? before, int limit)
    {
        var sql = new SqlBuilder();
        return sql.Build(
            "SELECT Sequence, At, Actor, ActorName, Operation, Changes FROM ChangeLog " +
            $"WHERE Sequence < {sql.Add(before ?? long.MaxValue)} ORDER BY Sequence DESC LIMIT {sql.Add(limit)}");
    }

    public static SqlStatement StoredResult(string actor, string key)
    {
        var sql = new SqlBuilder();
        return sql.Build($"SELECT Result FROM IdempotencyKeys WHERE Actor = {sql.Add(actor)} AND Key = {sql.Add(key)}");
    }

    public static SqlStatement StoreResult(GraphChange change, string key)
    {
        var sql = new SqlBuilder();
        return sql.Build(
            "INSERT INTO IdempotencyKeys (Actor, Key, Result, CreatedAt) VALUES " +
            $"({sql.Add(change.Author.ActorKey)}, {sql.Add(key)}, {sql.Add(change.Result)}, {sql.Add(StoredText.Of(change.At))})");
    }

    /// <summary>Moves a node's audit trail on; <paramref name="created"/> also sets who created it.</summary>
    public static SqlStatement Touch(long nodeId, GraphChange change, bool created)
    {
        var sql = new SqlBuilder();
        var (actor, name, at) = (sql.Add(change.Author.ActorKey), sql.Add(change.Author.PersonName), sql.Add(StoredText.Of(change.At)));
        var creator = created ? $"{actor}, {name}, {at}" : "NULL, NULL, NULL";
        return sql.Build(
            "INSERT INTO NodeAudit (NodeId, CreatedBy, CreatedByName, CreatedAt, ChangedBy, ChangedByName, ChangedAt) " +
            $"VALUES ({sql.Add(nodeId)}, {creator}, {actor}, {name}, {at}) ON CONFLICT (NodeId) DO UPDATE SET " +
            "ChangedBy = excluded.ChangedBy, ChangedByName = excluded.ChangedByName, ChangedAt = excluded.ChangedAt");
    }

    /// <summary>The audit rows of these nodes: Kind, Key, then the six audit columns.</summary>
    public static IEnumerable<SqlStatement> GetAudit(IReadOnlyCollection<NodeRef> nodes)
    {
        foreach (var kind in nodes.Distinct().GroupBy(n => n.Kind))
        {
            foreach (var keys in kind.Select(n => n.Key).Chunk(SqliteLimits.ParametersPerList))
            {
                var sql = new SqlBuilder();
                yield return sql.Build(
                    $"{AuditColumns} FROM NodeAudit a JOIN Nodes n ON n.Id = a.NodeId WHERE n.Kind = {sql.Add((int)kind.Key)} " +
                    $"AND n.Key IN ({sql.AddList(keys)})");
            }
        }
    }

    /// <summary>Every audit row, as <see cref="GetAudit"/> gives them.</summary>
    public static SqlStatement GetAllAudit() => new SqlBuilder().Build($"{AuditColumns} FROM NodeAudit a JOIN Nodes n ON n.Id = a.NodeId");

    public static NodeAudit ReadAudit(DbDataReader reader)
    {
        var createdBy = NodeRows.Text(reader, 2);
        return new NodeAudit(
            new NodeRef((NodeKind)reader.GetInt32(0), reader.GetString(1)),
            createdBy is null ? null : new ChangeAuthor(createdBy, NodeRows.Text(reader, 3)),
            NodeRows.Text(reader, 4) is { } createdAt ? StoredText.Time(createdAt) : null,
            new ChangeAuthor(reader.GetString(5), NodeRows.Text(reader, 6)),
            StoredText.Time(reader.GetString(7)));
    }

    public static SqlStatement GetAllResults() => new SqlBuilder().Build("SELECT Actor, Key, Result, CreatedAt FROM IdempotencyKeys");

    public static IdempotencyRecord ReadResult(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), StoredText.Time(reader.GetString(3)));

    /// <summary>Replaces a node's audit row with a copied one (the copy command); a node that is not stored gets none.</summary>
    public static SqlStatement RestoreAudit(NodeAudit audit)
    {
        var sql = new SqlBuilder();
        return sql.Build(
            "INSERT INTO NodeAudit (NodeId, CreatedBy, CreatedByName, CreatedAt, ChangedBy, ChangedByName, ChangedAt) " +
            $"SELECT Id, {sql.Add(audit.CreatedBy?.ActorKey)}, {sql.Add(audit.CreatedBy?.PersonName)}, " +
            $"{sql.Add(audit.CreatedAt is { } createdAt ? StoredText.Of(createdAt) : null)}, {sql.Add(audit.ChangedBy.ActorKey)}, " +
            $"{sql.Add(audit.ChangedBy.PersonName)}, {sql.Add(StoredText.Of(audit.ChangedAt))} FROM Nodes " +
            $"WHERE Kind = {sql.Add((int)audit.Node.Kind)} AND Key = {sql.Add(audit.Node.Key)} " +
            "ON CONFLICT (NodeId) DO UPDATE SET CreatedBy = excluded.CreatedBy, CreatedByName = excluded.CreatedByName, " +
            "CreatedAt = excluded.CreatedAt, ChangedBy = excluded.ChangedBy, ChangedByName = excluded.ChangedByName, " +
            "ChangedAt = excluded.ChangedAt");
    }

    /// <summary>
    /// Adds a copied change log entry under its own sequence; one the store has keeps its content. AUTOINCREMENT then
    /// numbers later changes after the largest sequence ever stored, copied ones included.
    /// </summary>
    public static SqlStatement RestoreLog(ChangeLogEntry entry)
    {
        var sql = new SqlBuilder();
        return sql.Build(
            "INSERT OR IGNORE INTO ChangeLog (Sequence, At, Actor, ActorName, Operation, Changes) VALUES " +
            $"({sql.Add(entry.Sequence)}, {sql.Add(StoredText.Of(entry.At))}, {sql.Add(entry.Author.ActorKey)}, {sql.Add(entry.Author.PersonName)}, " +
            $"{sql.Add(entry.Operation)}, {sql.Add(ChangeLogJson.Write(entry))})");
    }

    /// <summary>Adds a copied idempotency key; one the store has keeps its result.</summary>
    public static SqlStatement RestoreResult(IdempotencyRecord record)
    {
        var sql = new SqlBuilder();
        return sql.Build(
            "INSERT OR IGNORE INTO IdempotencyKeys (Actor, Key, Result, CreatedAt) VALUES " +
            $"({sql.Add(record.ActorKey)}, {sql.Add(record.Key)}, {sql.Add(record.Result)}, {sql.Add(StoredText.Of(record.CreatedAt))})");
    }

    private const string AuditColumns =
        "SELECT n.Kind, n.Key, a.CreatedBy, a.CreatedByName, a.CreatedAt, a.ChangedBy, a.ChangedByName, a.ChangedAt";

}
