using System.Text;
using System.Xml.Linq;
using Werkplaats.Graph.Api.Export;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.Tests.Export;

public sealed class GraphMLWriterTests
{
    private static readonly XNamespace _graphML = GraphMLWriter.Namespace;

    [Theory]
    [MemberData(nameof(ExportSamples.Names), MemberType = typeof(ExportSamples))]
    public async Task Write_EveryNodeWithItsGlobalIdAndAttributes(string name)
    {
        var subgraph = ExportSamples.Named(name);

        var graph = (await WriteAsync(subgraph)).Root!.Element(_graphML + "graph")!;

        var nodes = graph.Elements(_graphML + "node").ToDictionary(n => (string)n.Attribute("id")!, Data);
        Assert.Equal(subgraph.Nodes.Count, nodes.Count);
        Assert.All(subgraph.Nodes, node => Assert.Equal(ExportSamples.ExpectedAttributes(node), nodes[GlobalId.Of(node.Ref)]));
    }

    [Theory]
    [MemberData(nameof(ExportSamples.Names), MemberType = typeof(ExportSamples))]
    public async Task Write_EveryRelationshipAsADirectedEdgeWithItsAttributes(string name)
    {
        var subgraph = ExportSamples.Named(name);

        var graph = (await WriteAsync(subgraph)).Root!.Element(_graphML + "graph")!;

        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
        var written = graph.Elements(_graphML + "edge")
            .Select(e => ExportSamples.Describe((string)e.Attribute("source")!, (string)e.Attribute("target")!, Data(e)));
        var expected = subgraph.Relationships.Select(r => ExportSamples.Describe(GlobalId.Of(r.From), GlobalId.Of(r.To), ExportSamples.ExpectedAttributes(r)));
        Assert.Equal(expected.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Write_SeedSubgraph_HasRolesModesAndDatesOnItsEdges()
    {
        var document = await WriteAsync(ExportSamples.AroundSeedLesson());

        var keys = document.Descendants(_graphML + "edge").SelectMany(e => e.Elements(_graphML + "data")).Select(d => (string)d.Attribute("key")!);

        Assert.Superset(new HashSet<string> { "type", "role", "mode", "since" }, keys.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(ExportSamples.Names), MemberType = typeof(ExportSamples))]
    public async Task Write_IsStructurallyValidGraphML(string name)
    {
        var document = await WriteAsync(ExportSamples.Named(name));

        var root = document.Root!;
        Assert.Equal(_graphML + "graphml", root.Name);
        var keys = root.Elements(_graphML + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        Assert.All(root.Elements(_graphML + "key"), key => Assert.Contains((string?)key.Attribute("attr.type"), new[] { "string", "boolean", "int" }));
        Assert.All(root.Elements(_graphML + "key"), key => Assert.True(key.IsBefore(root.Element(_graphML + "graph")!)));
        Assert.All(document.Descendants(_graphML + "data"), data => Assert.Equal(data.Parent!.Name.LocalName, keys[(string)data.Attribute("key")!]));
        var nodeIds = document.Descendants(_graphML + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Equal(nodeIds.Count, nodeIds.Distinct().Count());
        Assert.All(document.Descendants(_graphML + "edge"), edge =>
        {
            Assert.Contains((string)edge.Attribute("source")!, nodeIds);
            Assert.Contains((string)edge.Attribute("target")!, nodeIds);
        });
    }

    [Fact]
    public async Task Write_SpecialCharactersAndAccents_AreEscapedAndEncodedAsUtf8()
    {
        var subgraph = ExportSamples.SmallWithSpecialCharacters();
        using var output = new MemoryStream();

        await GraphMLWriter.WriteAsync(subgraph, output, CancellationToken.None);

        var bytes = output.ToArray();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "No byte order mark: some importers choke on it.");
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
        Assert.Contains("Café \"Één\" &lt;samen&gt; &amp; ideeën", text);
        Assert.Contains("gastvrouw &amp; kok", text);
        var labels = XDocument.Parse(text).Descendants(_graphML + "data").Where(d => (string?)d.Attribute("key") == "label").Select(d => d.Value);
        Assert.Contains("Café \"Één\" <samen> & ideeën", labels);
    }

    [Fact]
    public async Task Write_TruncatedSubgraph_SaysSoOnTheGraph()
    {
        var graph = (await WriteAsync(ExportSamples.SmallWithSpecialCharacters())).Root!.Element(_graphML + "graph")!;

        Assert.Equal("true", graph.Elements(_graphML + "data").Single(d => (string?)d.Attribute("key") == "truncated").Value);
    }

    [Fact]
    public async Task Write_EdgeToANodeOutsideTheSubgraph_ThrowsBeforeWritingAnything()
    {
        var small = ExportSamples.SmallWithSpecialCharacters();
        var dangling = small with { Nodes = [.. small.Nodes.Where(n => n.Kind != NodeKind.Actor)] };
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentException>(() => GraphMLWriter.WriteAsync(dangling, output, CancellationToken.None));

        Assert.Equal(0, output.Length);
    }

    private static Dictionary<string, string> Data(XElement element) =>
        element.Elements(_graphML + "data").ToDictionary(d => (string)d.Attribute("key")!, d => d.Value);

    private static async Task<XDocument> WriteAsync(Subgraph subgraph)
    {
        using var output = new MemoryStream();
        await GraphMLWriter.WriteAsync(subgraph, output, CancellationToken.None);
        output.Position = 0;
        return await XDocument.LoadAsync(output, LoadOptions.None, CancellationToken.None);
    }
}
