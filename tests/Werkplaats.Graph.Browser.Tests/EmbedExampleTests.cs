using Microsoft.Playwright;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Browser.Tests;

/// <summary>
/// examples/embed/index.html as a partner's site would serve it, from another origin than the API, in Chromium: it
/// shows the atelier's latest published lessons, newest first, and never a draft.
/// </summary>
public sealed class EmbedExampleTests(PartnerSiteFixture partner) : IClassFixture<PartnerSiteFixture>
{
    public static TheoryData<string> Ateliers => [.. SeedGraph.Snapshot.Nodes.OfType<Issue>().Select(i => i.Key).Order(StringComparer.Ordinal).Take(2)];

    [Theory]
    [MemberData(nameof(Ateliers))]
    public async Task Page_ShowsTheAteliersPublishedLessons_NewestFirst(string atelier)
    {
        var page = await partner.NewPageAsync();

        await page.GotoAsync(new Uri(partner.SiteAddress, $"/index.html?api={Uri.EscapeDataString(partner.ApiAddress.ToString())}&atelier={atelier}&first=100").ToString());
        await page.WaitForSelectorAsync("#werkplaats-lessons-status[data-state='ready']", new() { State = WaitForSelectorState.Attached });

        var shown = await page.Locator("#werkplaats-lessons-list li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.key)");
        var expected = SeedGraph.PublishedLessons
            .Where(l => SeedGraph.Targets(l.Ref, RelationshipType.About).Contains(atelier))
            .ToDictionary(l => l.Key);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.Equal(shown.Select(key => expected[key].LearnedOn).OrderDescending(), shown.Select(key => expected[key].LearnedOn));
        var name = SeedGraph.Snapshot.Nodes.OfType<Issue>().Single(i => i.Key == atelier).Name.Nl;
        Assert.Equal($"Wat we leerden in {name}", await page.TextContentAsync("#werkplaats-lessons-title"));
        Assert.Equal(expected[shown[0]].Title, await page.TextContentAsync("#werkplaats-lessons-list li .lesson-title"));
        await BrowserFixture.ScreenshotAsync(page, $"embed-{atelier}");
    }

    [Fact]
    public async Task UnknownAtelier_SaysSo()
    {
        var page = await partner.NewPageAsync();

        await page.GotoAsync(new Uri(partner.SiteAddress, $"/index.html?api={Uri.EscapeDataString(partner.ApiAddress.ToString())}&atelier=geen-atelier").ToString());
        await page.WaitForSelectorAsync("#werkplaats-lessons-status[data-state='error']");

        Assert.Contains("geen-atelier", await page.TextContentAsync("#werkplaats-lessons-status"), StringComparison.Ordinal);
    }
}
