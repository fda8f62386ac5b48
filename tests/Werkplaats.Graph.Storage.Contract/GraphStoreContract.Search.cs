using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Theory]
    [InlineData("een")]
    [InlineData("EEN")]
    [InlineData("één")]
    [InlineData("cafe")]
    [InlineData("Café")]
    public async Task Search_IsCaseAndAccentInsensitive(string text)
    {
        await ImportGraphAsync();

        var hits = await SearchAsync(text);

        Assert.NotEmpty(hits);
        Assert.Equal(Keys(Nodes.Where(n => TextMatches(n, text))), Keys(hits));
    }

    [Theory]
    [InlineData("cohesie")]
    [InlineData("eenzaam")]
    [InlineData("sociale coh")]
    public async Task Search_MatchesWordPrefixes(string text)
    {
        await ImportGraphAsync();

        var hits = await SearchAsync(text);

        Assert.NotEmpty(hits);
        Assert.Equal(Keys(Nodes.Where(n => TextMatches(n, text))), Keys(hits));
    }

    [Fact]
    public async Task Search_SeveralWords_RequiresEveryWord()
    {
        await ImportGraphAsync();

        var hits = await SearchAsync("vertrouwen armoede");

        Assert.Single(hits);
        Assert.Equal(Keys(Nodes.Where(n => TextMatches(n, "vertrouwen armoede"))), Keys(hits));
    }

    [Fact]
    public async Task Search_NameMatch_RanksAboveAMatchInALongerText()
    {
        await ImportGraphAsync();

        var hits = await Store.SearchAsync(new SearchQuery("armoede", [], 10, Visibility.Everything), None);

        Assert.Equal(Poverty, hits[0].Node.Key);
        Assert.True(hits.Count > 1, "Armoede is also named in lesson and actor texts.");
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
    }

    [Fact]
    public async Task Search_Kinds_LimitTheHitsToThoseKinds()
    {
        await ImportGraphAsync();

        var hits = await Store.SearchAsync(new SearchQuery("sociale", [NodeKind.Condition, NodeKind.Lesson], 100, Visibility.Everything), None);

        var expected = Nodes.Where(n => n.Kind is NodeKind.Condition or NodeKind.Lesson && TextMatches(n, "sociale"));
        Assert.Equal(Keys(expected), Keys(hits.Select(h => h.Node)));
    }

    [Fact]
    public async Task Search_First_LimitsTheNumberOfHits()
    {
        await ImportGraphAsync();

        var hits = await Store.SearchAsync(new SearchQuery("e", [], 2, Visibility.Everything), None);

        Assert.Equal(2, hits.Count);
    }

    [Theory]
    [InlineData("\"cohesie\" OR *")]
    [InlineData(")(")]
    [InlineData("NEAR(sociale cohesie)")]
    [InlineData("*")]
    [InlineData("'; DROP TABLE Nodes; --")]
    [InlineData("col:sociale ^cohesie -wijk")]
    [InlineData("")]
    public async Task Search_HostileInput_GivesNoError(string text)
    {
        await ImportGraphAsync();

        var hits = await SearchAsync(text);

        Assert.Equal(Keys(Nodes.Where(n => TextMatches(n, text))), Keys(hits));
        Assert.Equal(Nodes.Count, (await Store.GetStatusAsync(None)).NodeCount);
    }

    private async Task<List<GraphNode>> SearchAsync(string text) =>
        [.. (await Store.SearchAsync(new SearchQuery(text, [], 1000, Visibility.Everything), None)).Select(h => h.Node)];
}
