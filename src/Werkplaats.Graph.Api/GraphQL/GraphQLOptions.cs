using System.ComponentModel.DataAnnotations;

namespace Werkplaats.Graph.Api.GraphQL;

/// <summary>The <c>GraphQL</c> configuration section: the guard rails of every request.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>The deepest selection nesting a document may have; introspection queries need 13 to 15.</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The highest complexity score a document may have: about one point per value returned. A full page of 100
    /// lessons with their tags scores about 4,000; GraphiQL's introspection query about 2,000.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>What anonymous callers may send besides catalogue queries, and the stricter limits of what they send.</summary>
    public AnonymousQueryOptions Anonymous { get; set; } = new();

    /// <summary>How long one request may execute before it ends with a <c>TIMEOUT</c> error.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    [Range(1_024, 10_485_760)]
    public int MaxRequestBytes { get; set; } = 102_400;

    /// <summary>The total length of query texts whose parsed documents are kept for reuse.</summary>
    [Range(1_000, 100_000_000)]
    public long DocumentCacheSize { get; set; } = 1_000_000;
}

/// <summary>Which documents anonymous callers may run.</summary>
public enum AnonymousQueries
{
    /// <summary>Their own queries too, under <see cref="AnonymousQueryOptions"/>'s stricter limits.</summary>
    AdHoc,

    /// <summary>Only the catalogue's queries ("trusted documents"): by id, by hash, or as their exact text.</summary>
    CatalogueOnly,
}

/// <summary>The <c>GraphQL:Anonymous</c> section: the limits of queries that anonymous callers write themselves.</summary>
public sealed class AnonymousQueryOptions
{
    /// <summary>Whether anonymous callers may send their own queries, or only the catalogue's.</summary>
    public AnonymousQueries Queries { get; set; } = AnonymousQueries.AdHoc;

    /// <summary>The deepest nesting of an anonymous caller's own query; introspection needs 13 to 15.</summary>
    [Range(1, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>The highest complexity score of an anonymous caller's own query; GraphiQL's introspection query scores about 5,200.</summary>
    [Range(1, 1_000_000)]
    public int MaxComplexity { get; set; } = 20_000;
}
