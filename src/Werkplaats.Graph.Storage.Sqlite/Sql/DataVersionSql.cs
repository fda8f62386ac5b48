namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// The data version (see <see cref="Core.Storage.DataVersion"/>) in a one-row table, moved on by triggers on every
/// table whose rows readers see (nodes, relationships, the audit trail). The triggers run inside the writing
/// statement's transaction, so no write path (changes, both import writers, and any added later) can forget it.
/// The search index and ABOUT are derived from those tables and need none of their own. Created with IF NOT EXISTS
/// on every start, so a database file made before the data version gains it too.
/// </summary>
internal static class DataVersionSql
{
    private static readonly string[] _watchedTables = ["Nodes", "Relationships", "NodeAudit"];
    private static readonly string[] _events = ["INSERT", "UPDATE", "DELETE"];

    public static readonly string CreateSql = string.Join(
        "; ",
        [
            "CREATE TABLE IF NOT EXISTS DataVersion (Id INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1), " +
            "Store TEXT NOT NULL, Number INTEGER NOT NULL)",
            // A random store id, so a new file that counts from 0 again is never taken for an old one.
            "INSERT OR IGNORE INTO DataVersion (Id, Store, Number) VALUES (1, lower(hex(randomblob(8))), 0)",
            .. _watchedTables.SelectMany(table => _events.Select(change =>
                $"CREATE TRIGGER IF NOT EXISTS DataVersion_{table}_{change} AFTER {change} ON {table} " +
                "BEGIN UPDATE DataVersion SET Number = Number + 1 WHERE Id = 1; END")),
        ]);

    public static SqlStatement Read() => new SqlBuilder().Build("SELECT Store, Number FROM DataVersion WHERE Id = 1");
}
