using System.Text.Json;
using Microsoft.Playwright;

namespace Werkplaats.Graph.Browser.Tests;

/// <summary>
/// Every view of the explorer checked by axe-core (installed with the pages' npm packages) against WCAG 2 A and AA:
/// contrast, labels, names of buttons and links, landmarks.
/// </summary>
public sealed class ExplorerAccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string _axe = Path.Combine(RepositoryRoot.Path, "src", "Werkplaats.Graph.Api", "ClientApp", "node_modules", "axe-core", "axe.min.js");

    public static TheoryData<string, string> Views => new()
    {
        { "search", "?view=search&q=eenzaamheid" },
        { "lesson", $"?view=lesson&lesson={PublicGraph.MostConnectedLesson.Key}" },
        { "matrix", "?view=matrix&cell=SOCIAL_COHESION:NEIGHBOURHOOD" },
        { "compare", "?view=compare&a=armoede-en-schulden&b=eenzaamheid-en-betekenisvol-contact&lang=en" },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task View_HasNoWcagViolations(string view, string query)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/explorer/{query}");
        await ExplorerPage.ReadyAsync(page, view);
        await AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task GraphView_WithAnExpandedLesson_HasNoWcagViolations()
    {
        var data = await ApiClient.QueryAsync(browser.BaseAddress, "query($key: String!) { lesson(key: $key) { id } }", new { key = PublicGraph.MostConnectedLesson.Key });
        var id = Uri.EscapeDataString(data.GetProperty("lesson").GetProperty("id").GetString()!);
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/explorer/?view=graph&open={id}&exp={id}&sel={id}&colour=condition");
        await ExplorerPage.ReadyAsync(page, "graph");
        await AssertNoViolationsAsync(page);
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        Assert.True(File.Exists(_axe), $"No axe-core at {_axe}: build src/Werkplaats.Graph.Api, whose build runs npm ci.");
        await page.AddScriptTagAsync(new() { Path = _axe });
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations
              .map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join('; ')})`)
            """);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }
}
