using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// A full-text search: case- and accent-insensitive ("een" finds "één"), every word matched as a word prefix
/// ("cohesie" finds "Sociale Cohesie", "eenzaam" finds "eenzaamheid"), all words required.
/// </summary>
public sealed record SearchQuery(string Text, IReadOnlyList<NodeKind> Kinds, int First, Visibility Visibility);

/// <summary>A node that matched, with its rank (higher is better).</summary>
public sealed record SearchHit(GraphNode Node, double Score);
