using System.Text.Json;
using System.Text.Json.Serialization;

namespace Werkplaats.Graph.Storage.Neo4j.Http;

/// <summary>
/// The body of a Query API request (<c>POST /db/{database}/query/v2</c>, or a transaction's URL): the statement, its
/// parameters, the bookmarks to wait for and the access mode a cluster routes by.
/// </summary>
internal sealed record QueryRequest(
    [property: JsonPropertyName("statement")] string Statement,
    [property: JsonPropertyName("parameters")] IReadOnlyDictionary<string, object?> Parameters,
    [property: JsonPropertyName("bookmarks"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Bookmarks,
    [property: JsonPropertyName("accessMode"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AccessMode);

/// <summary>
/// The body of a Query API response: <c>data.fields</c> and <c>data.values</c> (one array per row), <c>bookmarks</c>,
/// <c>errors</c> (any entry means failure, whatever the HTTP status) and, inside an explicit transaction,
/// <c>transaction.id</c>.
/// </summary>
internal sealed class QueryResponse
{
    [JsonPropertyName("data")]
    public QueryData? Data { get; set; }

    [JsonPropertyName("bookmarks")]
    public List<string>? Bookmarks { get; set; }

    [JsonPropertyName("errors")]
    public List<QueryError>? Errors { get; set; }

    [JsonPropertyName("transaction")]
    public TransactionInfo? Transaction { get; set; }
}

internal sealed class QueryData
{
    [JsonPropertyName("fields")]
    public List<string> Fields { get; set; } = [];

    /// <summary>One array per row; a row that is not an array (as one example of the manual shows) is one value.</summary>
    [JsonPropertyName("values")]
    public List<JsonElement> Values { get; set; } = [];
}

/// <summary>One error of a response: a Neo4j status code (<c>Neo.ClientError.Schema.ConstraintValidationFailed</c>) and its text.</summary>
internal sealed class QueryError
{
    [JsonPropertyName("code")]
    public string Code { get; set; } = "";

    [JsonPropertyName("message")]
    public string Message { get; set; } = "";
}

internal sealed class TransactionInfo
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";
}

/// <summary>Whether a statement reads or writes: reads go out with <c>accessMode: Read</c> so a cluster may route them to readers.</summary>
internal enum AccessMode
{
    Read,
    Write,
}

/// <summary>The rows of one statement: the field names, and each row's values by field name.</summary>
internal sealed class QueryResult(IReadOnlyList<string> fields, IReadOnlyList<JsonElement> rows)
{
    private readonly List<List<JsonElement>> _values =
        [.. rows.Select(row => row.ValueKind == JsonValueKind.Array ? row.EnumerateArray().ToList() : [row])];

    public static QueryResult Empty { get; } = new([], []);

    public IReadOnlyList<string> Fields { get; } = fields;

    public IEnumerable<Row> Rows => _values.Select(v => new Row(this, v));

    private int IndexOf(string field) =>
        Fields.ToList().IndexOf(field) is var index and >= 0
            ? index
            : throw new InvalidOperationException($"The response has no field '{field}'.");

    /// <summary>One row; values are read by field name, as plain JSON (the Query API's default format).</summary>
    internal sealed class Row(QueryResult result, List<JsonElement> values)
    {
        public JsonElement this[string field] => values[result.IndexOf(field)];

        public string? Text(string field) => this[field] is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

        public long Long(string field) => this[field].GetInt64();

        public bool Flag(string field) => this[field].ValueKind == JsonValueKind.True;
    }
}
