namespace Werkplaats.Graph.Storage.Neo4j.Cypher;

/// <summary>
/// A Cypher text with its parameters: what the adapter sends, what the snapshot tests record and what the linter
/// reads. <see cref="Name"/> says which entry of <see cref="CypherCatalogue"/> made it.
/// </summary>
internal sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>
/// Collects the parameters of one statement: every value, user text or not, enters Cypher as <c>$p0</c>, <c>$p1</c>...
/// Labels and relationship types are never values: they come from the model's enums.
/// </summary>
internal sealed class CypherParameters
{
    private readonly Dictionary<string, object?> _values = [];

    /// <summary>Adds a value and returns its parameter reference.</summary>
    public string Add(object? value)
    {
        var name = $"p{_values.Count}";
        _values[name] = value;
        return "$" + name;
    }

    public CypherStatement Build(string name, string text) => new(name, text, _values);
}
