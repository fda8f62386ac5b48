namespace Werkplaats.Graph.Api.Storage;

/// <summary>The <c>Graph</c> configuration section.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>The storage adapter: <c>Sqlite</c> (the embedded default) or <c>Neo4j</c> (see the <c>Neo4j</c> section).</summary>
    public string Store { get; set; } = "Sqlite";

    /// <summary>The graph-seed folder; a relative path is looked up from the working directory upwards.</summary>
    public string SeedDirectory { get; set; } = "graph-seed";

    /// <summary>Import graph-seed on start when the store holds no graph yet.</summary>
    public bool SeedOnStart { get; set; } = true;
}
