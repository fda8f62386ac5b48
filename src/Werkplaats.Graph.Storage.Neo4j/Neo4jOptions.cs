namespace Werkplaats.Graph.Storage.Neo4j;

/// <summary>The <c>Neo4j</c> configuration section: where the server is and how to sign in.</summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c> or an Aura instance's <c>https://</c> address.</summary>
    public string? Uri { get; set; }

    /// <summary>The database the graph lives in.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>The user for Basic authentication (with <see cref="Password"/>).</summary>
    public string? User { get; set; }

    /// <summary>The password for Basic authentication; from a secret store or the environment, never committed.</summary>
    public string? Password { get; set; }

    /// <summary>A bearer token (e.g. from single sign-on); used instead of <see cref="User"/> and <see cref="Password"/>.</summary>
    public string? Token { get; set; }

    /// <summary>How long one HTTP call may take.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How often an idempotent call is tried again after a transient Neo4j error.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Rows per UNWIND batch when importing.</summary>
    public int BatchSize { get; set; } = 1000;
}
