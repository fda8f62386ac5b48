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

    private const string Bump = "UPDATE DataVersion SET Number = Number + 1 WHERE Id = 1";

    /// <summary>The triggers, created when missing.</summary>
    public static readonly string CreateTriggersSql = string.Join("; ", _watchedTables.SelectMany(table => _events.Select(change =>
        $"CREATE TRIGGER IF NOT EXISTS {TriggerName(table, change)} AFTER {change} ON {table} BEGIN {Bump}; END")));

    public static readonly string CreateSql = string.Join(
        "; ",
        [
            "CREATE TABLE IF NOT EXISTS DataVersion (Id INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1), " +
            "Store TEXT NOT NULL, Number INTEGER NOT NULL)",
            // A random store id, so a new file that counts from 0 again is never taken for an old one.
            "INSERT OR IGNORE INTO DataVersion (Id, Store, Number) VALUES (1, lower(hex(randomblob(8))), 0)",
            CreateTriggersSql,
        ]);

    /// <summary>
    /// For the bulk import into an empty store, inside its transaction: a trigger per row would cost more than the
    /// rows themselves, so the import drops them, moves the version on once, and creates them again before it commits.
    /// </summary>
    public static readonly string DropTriggersSql = string.Join("; ", _watchedTables.SelectMany(table => _events.Select(change =>
        $"DROP TRIGGER IF EXISTS {TriggerName(table, change)}")));

    /// <summary>Moves the version on once and restores the triggers: the end of <see cref="DropTriggersSql"/>.</summary>
    public static readonly string BumpAndRestoreTriggersSql = $"{Bump}; {CreateTriggersSql}";

    private static string TriggerName(string table, string change) => $"DataVersion_{table}_{change}";

    public static SqlStatement Read() => new SqlBuilder().Build("SELECT Store, Number FROM DataVersion WHERE Id = 1");
}
