namespace Werkplaats.Graph.Storage.Sqlite.Sql;

internal static class SqliteLimits
{
    /// <summary>Values per statement for key lists: well under SQLite's limit on bound parameters.</summary>
    public const int ParametersPerList = 500;
}
