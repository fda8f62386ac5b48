using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.Export;

/// <summary>
/// Writes a subgraph as the node/edge JSON that Kumu and Neo4j Bloom import:
/// <c>{ "nodes": [{ "id", "kind", "key", "label", ... }], "edges": [{ "id", "source", "target", "type", ... }], "truncated" }</c>,
/// camelCase, written by hand with <see cref="Utf8JsonWriter"/> so no reflection decides the shape.
/// </summary>
public static class GraphJsonWriter
{
    /// <summary>Flush to the stream at about this many buffered bytes, so a large export never sits in memory whole.</summary>
    private const int FlushThreshold = 16 * 1024;

    // Dutch letters stay readable (é, not \u00E9); characters that matter to HTML are still escaped.
    private static readonly JsonWriterOptions _options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <exception cref="ArgumentException">when a relationship ends at a node the subgraph does not hold.</exception>
    public static async Task WriteAsync(Subgraph subgraph, Stream output, CancellationToken cancellationToken)
    {
        var graph = ExportGraph.From(subgraph);
        await using var json = new Utf8JsonWriter(output, _options);
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("id", node.Id);
            WriteValues(json, node.Values);
            json.WriteEndObject();
            await FlushWhenFullAsync(json, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in graph.Edges)
        {
            json.WriteStartObject();
            json.WriteString("id", edge.Id);
            json.WriteString("source", edge.Source);
            json.WriteString("target", edge.Target);
            WriteValues(json, edge.Values);
            json.WriteEndObject();
            await FlushWhenFullAsync(json, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteBoolean("truncated", graph.Truncated);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteValues(Utf8JsonWriter json, IEnumerable<ExportValue> values)
    {
        foreach (var (attribute, value) in values)
        {
            switch (value)
            {
                case bool flag:
                    json.WriteBoolean(attribute.Name, flag);
                    break;
                case int number:
                    json.WriteNumber(attribute.Name, number);
                    break;
                default:
                    json.WriteString(attribute.Name, (string)value);
                    break;
            }
        }
    }

    private static async Task FlushWhenFullAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        if (json.BytesPending >= FlushThreshold)
        {
            await json.FlushAsync(cancellationToken);
        }
    }
}
