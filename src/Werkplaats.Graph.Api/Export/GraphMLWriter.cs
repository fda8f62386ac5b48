using System.Globalization;
using System.Text;
using System.Xml;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.Export;

/// <summary>
/// Writes a subgraph as GraphML, as Gephi and yEd read it: every attribute declared as a typed &lt;key&gt; before the
/// graph, nodes by the API's global ids, relationships as directed edges pointing the way they are stored.
/// </summary>
public static class GraphMLWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private const string SchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation = Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
    private const string TruncatedKey = "truncated";

    private static readonly XmlWriterSettings _settings = new()
    {
        Async = true,
        Indent = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    };

    /// <exception cref="ArgumentException">when a relationship ends at a node the subgraph does not hold.</exception>
    public static async Task WriteAsync(Subgraph subgraph, Stream output, CancellationToken cancellationToken)
    {
        var graph = ExportGraph.From(subgraph);
        await using var xml = XmlWriter.Create(output, _settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, SchemaInstance);
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", SchemaInstance, SchemaLocation);
        await WriteKeysAsync(xml, "node", ExportAttributes.NodeAttributes);
        await WriteKeysAsync(xml, "edge", ExportAttributes.EdgeAttributes);
        await WriteKeyAsync(xml, "graph", TruncatedKey, "boolean");

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "subgraph");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        await WriteDataAsync(xml, TruncatedKey, Format(graph.Truncated));
        foreach (var node in graph.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, node.Id);
            await WriteValuesAsync(xml, node.Values);
            await xml.WriteEndElementAsync();
        }

        foreach (var edge in graph.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, edge.Id);
            await xml.WriteAttributeStringAsync(null, "source", null, edge.Source);
            await xml.WriteAttributeStringAsync(null, "target", null, edge.Target);
            await WriteValuesAsync(xml, edge.Values);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    /// <summary>Key ids are the attribute names: node and edge attributes never share a name.</summary>
    private static async Task WriteKeysAsync(XmlWriter xml, string scope, IEnumerable<ExportAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            await WriteKeyAsync(xml, scope, attribute.Name, TypeName(attribute.Type));
        }
    }

    private static async Task WriteKeyAsync(XmlWriter xml, string scope, string name, string type)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, name);
        await xml.WriteAttributeStringAsync(null, "for", null, scope);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteValuesAsync(XmlWriter xml, IEnumerable<ExportValue> values)
    {
        foreach (var value in values)
        {
            await WriteDataAsync(xml, value.Attribute.Name, Format(value.Value));
        }
    }

    private static async Task WriteDataAsync(XmlWriter xml, string key, string value)
    {
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(value);
        await xml.WriteEndElementAsync();
    }

    private static string TypeName(ExportValueType type) => type switch
    {
        ExportValueType.Flag => "boolean",
        ExportValueType.Number => "int",
        _ => "string",
    };

    private static string Format(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => (string)value,
    };
}
