using System.Collections;

namespace Werkplaats.Graph.Storage.Neo4j.Tests;

/// <summary>
/// The Neo4j server the storage contract runs against, from the environment the way the API reads it
/// (<c>NEO4J__URI</c>, <c>NEO4J__USER</c>, <c>NEO4J__PASSWORD</c> or <c>NEO4J__TOKEN</c>, <c>NEO4J__DATABASE</c>).
/// </summary>
public static class Neo4jServer
{
    public const string NotConfigured = "Neo4j:Uri not configured";

    /// <summary>Why the contract does not run against Neo4j here, or null when a server is configured.</summary>
    public static string? SkipReason => Setting("Uri") is null ? NotConfigured : null;

    public static void Configure(Neo4jOptions options)
    {
        options.Uri = Setting("Uri");
        options.User = Setting("User");
        options.Password = Setting("Password");
        options.Token = Setting("Token");
        options.Database = Setting("Database") ?? options.Database;
    }

    /// <summary>An environment variable <c>Neo4j__Name</c>, matched without regard to case as .NET configuration does.</summary>
    private static string? Setting(string name) =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .Where(e => string.Equals((string)e.Key, $"Neo4j__{name}", StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Value as string)
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
