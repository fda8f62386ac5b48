using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Werkplaats.Graph.Browser.Tests;

/// <summary>GraphiQL as served by the API, bundled from npm: no CDN, in Debian's Chromium.</summary>
public sealed class GraphiQLTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task GraphiQL_OpensOnTheAnalystQuery_AndRunsIt()
    {
        var page = await browser.NewPageAsync();
        var offsite = ExplorerPage.RecordOffsiteRequests(page, browser.BaseAddress);
        await page.GotoAsync("/graphiql");

        var editors = page.Locator(".graphiql-editor");
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("LessonsByConditionAndLevel");
        await Expect(editors.Filter(new() { HasTextString = "SOCIAL_COHESION" })).ToHaveCountAsync(1);

        var response = await page.RunAndWaitForResponseAsync(
            () => page.Locator(".graphiql-execute-button").ClickAsync(),
            r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && (r.Request.PostData ?? "").Contains("LessonsByConditionAndLevel", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(await response.TextAsync());
        var totalCount = json.RootElement.GetProperty("data").GetProperty("lessons").GetProperty("totalCount").GetInt32();
        Assert.Equal(PublicGraph.LessonsAt("SOCIAL_COHESION", "NEIGHBOURHOOD").Count(), totalCount);
        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("totalCount");

        // The run is in the history, and the schema's documentation comes from the API's introspection.
        await page.GetByRole(AriaRole.Button, new() { Name = "Show History" }).ClickAsync();
        await Expect(page.Locator(".graphiql-history")).ToContainTextAsync("LessonsByConditionAndLevel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        await Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query");
        Assert.Empty(offsite);
        await BrowserFixture.ScreenshotAsync(page, "graphiql-analyst-query");
    }
}
