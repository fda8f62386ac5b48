using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;
using Werkplaats.Graph.Api.Export;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.Tests.Export;

public sealed class GraphJsonWriterTests
{
    [Theory]
    [MemberData(nameof(ExportSamples.Names), MemberType = typeof(ExportSamples))]
    public async Task Write_EveryNodeWithItsGlobalIdAndAttributes(string name)
    {
        var subgraph = ExportSamples.Named(name);

        using var json = await WriteAsync(subgraph);

        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => Attributes(n, "id"));
        Assert.Equal(subgraph.Nodes.Count, nodes.Count);
        Assert.All(subgraph.Nodes, node => Assert.Equal(ExportSamples.ExpectedAttributes(node), nodes[GlobalId.Of(node.Ref)]));
    }

    [Theory]
    [MemberData(nameof(ExportSamples.Names), MemberType = typeof(ExportSamples))]
    public async Task Write_EveryRelationshipAsAnEdgeBetweenListedNodes(string name)
    {
        var subgraph = ExportSamples.Named(name);

        using var json = await WriteAsync(subgraph);

        var nodeIds = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        var edges = json.RootElement.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(edges.Count, edges.Select(e => e.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(edges, edge =>
        {
            Assert.Contains(edge.GetProperty("source").GetString(), nodeIds);
            Assert.Contains(edge.GetProperty("target").GetString(), nodeIds);
        });
        var written = edges.Select(e => ExportSamples.Describe(e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, Attributes(e, "id", "source", "target")));
        var expected = subgraph.Relationships.Select(r => ExportSamples.Describe(GlobalId.Of(r.From), GlobalId.Of(r.To), ExportSamples.ExpectedAttributes(r)));
        Assert.Equal(expected.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Write_FlagsAndNumbers_AreJsonBooleansAndNumbers()
    {
        using var json = await WriteAsync(ExportSamples.SmallWithSpecialCharacters());

        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.False, nodes.Single(n => n.GetProperty("kind").GetString() == nameof(NodeKind.Actor)).GetProperty("formal").ValueKind);
        Assert.Equal(5, nodes.Single(n => n.GetProperty("kind").GetString() == nameof(NodeKind.Level)).GetProperty("ordinal").GetInt32());
        Assert.True(json.RootElement.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task Write_DutchAccents_StayReadableAndHtmlCharactersAreEscaped()
    {
        using var output = new MemoryStream();

        await GraphJsonWriter.WriteAsync(ExportSamples.SmallWithSpecialCharacters(), output, CancellationToken.None);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("Café", text);
        Assert.Contains("ideeën", text);
        Assert.DoesNotContain("<samen>", text);
    }

    [Fact]
    public async Task Write_SmallSubgraph_MatchesSnapshot()
    {
        using var output = new MemoryStream();

        await GraphJsonWriter.WriteAsync(ExportSamples.SmallWithSpecialCharacters(), output, CancellationToken.None);

        Snapshot.Match(JToken.Parse(Encoding.UTF8.GetString(output.ToArray())));
    }

    [Fact]
    public async Task Write_EdgeToANodeOutsideTheSubgraph_ThrowsBeforeWritingAnything()
    {
        var small = ExportSamples.SmallWithSpecialCharacters();
        var dangling = small with { Nodes = [.. small.Nodes.Where(n => n.Kind != NodeKind.Issue)] };
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentException>(() => GraphJsonWriter.WriteAsync(dangling, output, CancellationToken.None));

        Assert.Equal(0, output.Length);
    }

    /// <summary>The element's attributes as text (JSON strings unquoted, booleans and numbers as written), but the named ones.</summary>
    private static Dictionary<string, string> Attributes(JsonElement element, params string[] except) =>
        element.EnumerateObject()
            .Where(p => !except.Contains(p.Name))
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());

    private static async Task<JsonDocument> WriteAsync(Subgraph subgraph)
    {
        using var output = new MemoryStream();
        await GraphJsonWriter.WriteAsync(subgraph, output, CancellationToken.None);
        output.Position = 0;
        return await JsonDocument.ParseAsync(output);
    }
}
