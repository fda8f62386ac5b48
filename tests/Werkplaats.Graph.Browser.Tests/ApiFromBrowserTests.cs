using System.Text.Json;

namespace Werkplaats.Graph.Browser.Tests;

/// <summary>The API as a page's script reaches it: same origin, in Debian's Chromium.</summary>
public sealed class ApiFromBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task FetchFromAPage_AnswersTheGraphQLQuery_WithTheSeedsAteliers()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/healthz");

        var body = await page.EvaluateAsync<string>(
            """
            async () => {
              const response = await fetch('/graphql', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ query: '{ issues(first: 50) { nodes { name } } }' }),
              });
              return await response.text();
            }
            """);

        using var json = JsonDocument.Parse(body);
        var names = json.RootElement.GetProperty("data").GetProperty("issues").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        var expected = SeedGraph.Snapshot.Nodes.OfType<Core.Model.Issue>().Select(i => i.Name.Nl).Order(StringComparer.Ordinal);
        Assert.Equal(expected, names);
        await BrowserFixture.ScreenshotAsync(page, "api-from-browser");
    }
}
