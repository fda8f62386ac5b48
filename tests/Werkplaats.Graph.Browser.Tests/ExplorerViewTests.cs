using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Playwright;
using Werkplaats.Graph.Core.Model;
using static Microsoft.Playwright.Assertions;

namespace Werkplaats.Graph.Browser.Tests;

/// <summary>
/// The explorer's view as something to share and take away: a URL that restores it (in English too), filters,
/// exports of the shown subgraph, and use by keyboard alone.
/// </summary>
public sealed class ExplorerViewTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly Lesson _lesson = PublicGraph.MostConnectedLesson;

    [Fact]
    public async Task SharedUrl_RestoresTheExpandedGraph_InEnglish_AndFiltersByKind()
    {
        var id = await LessonIdAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/explorer/?view=graph&lang=en&open={Uri.EscapeDataString(id)}&exp={Uri.EscapeDataString(id)}&sel={Uri.EscapeDataString(id)}");
        await ExplorerPage.ReadyAsync(page, "graph");

        Assert.Equal(ExpandedLabels(Language.En).Order(StringComparer.Ordinal), (await ExplorerPage.ShownNodesAsync(page)).Order(StringComparer.Ordinal));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Graph");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        var conditionFilter = await page.Locator("input[name='cond']").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.parentElement.textContent.trim())");
        var englishConditions = SeedGraph.Snapshot.Nodes.OfType<Condition>().Select(c => c.Name.En ?? c.Name.Nl);
        Assert.Equal(englishConditions.Order(StringComparer.Ordinal), conditionFilter.Order(StringComparer.Ordinal));

        await page.Locator("input[name='kinds'][value='Lesson']").UncheckAsync();
        await ExplorerPage.ReadyAsync(page, "graph");
        var withoutLessons = PublicGraph.Neighbours(_lesson.Ref).Where(n => n.Kind != NodeKind.Lesson).Select(n => Label(n, Language.En));
        Assert.Equal(withoutLessons.Order(StringComparer.Ordinal), (await ExplorerPage.ShownNodesAsync(page)).Order(StringComparer.Ordinal));
        Assert.Contains("kinds=", page.Url, StringComparison.Ordinal);

        await page.Locator("#language").ClickAsync();
        await ExplorerPage.ReadyAsync(page, "graph");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Graaf");
        Assert.Contains("lang=nl", page.Url, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "explorer-shared-url");
    }

    [Fact]
    public async Task ConditionFilter_HidesLessonsAndConditionsOutsideIt()
    {
        var id = Uri.EscapeDataString(await LessonIdAsync());
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/explorer/?view=graph&open={id}&exp={id}");
        await ExplorerPage.ReadyAsync(page, "graph");

        await page.Locator("input[name='cond'][value='SOCIAL_COHESION']").UncheckAsync();
        await ExplorerPage.ReadyAsync(page, "graph");

        bool Kept(NodeRef node) => node.Kind switch
        {
            NodeKind.Lesson => PublicGraph.Targets(node, RelationshipType.Touches).Any(c => c != "SOCIAL_COHESION"),
            NodeKind.Condition => node.Key != "SOCIAL_COHESION",
            _ => true,
        };
        var expected = PublicGraph.Neighbours(_lesson.Ref).Append(_lesson.Ref).Where(Kept).Select(n => Label(n, Language.Nl));
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await ExplorerPage.ShownNodesAsync(page)).Order(StringComparer.Ordinal));
        Assert.Contains("cond=SOCIO_ECONOMIC_SECURITY%2CSOCIAL_INCLUSION%2CSOCIAL_EMPOWERMENT", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Heatmap_FilteredByDomain_CountsTheDomainsLessons()
    {
        var domain = SeedGraph.Snapshot.Nodes.OfType<Domain>().OrderBy(d => d.Key, StringComparer.Ordinal).First();
        var ofDomain = PublicGraph.Lessons.Where(l => PublicGraph.Targets(l.Ref, RelationshipType.InDomain).Contains(domain.Key)).Select(l => l.Key).ToHashSet();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/explorer/?view=matrix");
        await ExplorerPage.ReadyAsync(page, "matrix");

        await page.Locator("#matrix-domain").SelectOptionAsync(domain.Key);
        await ExplorerPage.ReadyAsync(page, "matrix");

        var cells = await page.Locator("button.cell").EvaluateAllAsync<string[][]>("cells => cells.map(c => [c.dataset.condition, c.dataset.level, c.dataset.count])");
        Assert.Equal(4 * 8, cells.Length);
        Assert.All(cells, cell => Assert.Equal(PublicGraph.LessonsAt(cell[0], cell[1]).Count(l => ofDomain.Contains(l.Key)).ToString(), cell[2]));
        Assert.Contains($"domain={domain.Key}", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_DownloadTheShownSubgraph_AsJsonGraphMLAndPng()
    {
        var id = await LessonIdAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/explorer/?view=graph&open={Uri.EscapeDataString(id)}&exp={Uri.EscapeDataString(id)}");
        await ExplorerPage.ReadyAsync(page, "graph");

        var shown = PublicGraph.Neighbours(_lesson.Ref).Append(_lesson.Ref).ToHashSet();
        // A neighbourhood holds the relationships walked to take its nodes in: at depth 1, those of the lesson.
        var expectedTypes = PublicGraph.Relationships.Where(r => r.From == _lesson.Ref || r.To == _lesson.Ref)
            .Select(r => EnumNames.ToConstant(r.Type)).Order(StringComparer.Ordinal).ToList();

        using var json = JsonDocument.Parse(await DownloadAsync(page, "#export-json"));
        var labels = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("label").GetString()!);
        Assert.Equal(ExpandedLabels(Language.Nl).Order(StringComparer.Ordinal), labels.Order(StringComparer.Ordinal));
        var types = json.RootElement.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("type").GetString()!);
        Assert.Equal(expectedTypes, types.Order(StringComparer.Ordinal));

        XNamespace graphml = "http://graphml.graphdrawing.org/xmlns";
        var document = XDocument.Parse(await DownloadAsync(page, "#export-graphml"));
        Assert.Equal(shown.Count, document.Descendants(graphml + "node").Count());
        Assert.Equal(expectedTypes.Count, document.Descendants(graphml + "edge").Count());

        var png = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-png").ClickAsync());
        await using var stream = await png.CreateReadStreamAsync();
        var signature = new byte[8];
        await stream.ReadExactlyAsync(signature);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, signature);
    }

    [Fact]
    public async Task Keyboard_SearchesAndOpensALesson_WithoutAMouse()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/explorer/");
        await ExplorerPage.ReadyAsync(page, "search");

        await page.Keyboard.TypeAsync(_lesson.Title);
        await page.Keyboard.PressAsync("Enter");
        await ExplorerPage.ReadyAsync(page, "search");
        for (var tab = 0; tab < 50 && await FocusedTextAsync(page) != _lesson.Title; tab++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await ExplorerPage.ReadyAsync(page, "lesson");
        await Expect(page.Locator("#lesson-title")).ToHaveTextAsync(_lesson.Title);
        await Expect(page.Locator("#lesson-title")).ToBeFocusedAsync();
    }

    private async Task<string> LessonIdAsync()
    {
        var data = await ApiClient.QueryAsync(browser.BaseAddress, "query($key: String!) { lesson(key: $key) { id } }", new { key = _lesson.Key });
        return data.GetProperty("lesson").GetProperty("id").GetString()!;
    }

    private static IEnumerable<string> ExpandedLabels(Language language) =>
        PublicGraph.Neighbours(_lesson.Ref).Append(_lesson.Ref).Select(n => Label(n, language));

    private static string Label(NodeRef node, Language language) => PublicGraph.Nodes[node] switch
    {
        Condition condition => condition.Name.In(language),
        Level level => level.Name.In(language),
        Issue issue => issue.Name.In(language),
        Domain domain => domain.Name.In(language),
        var other => other.DisplayName,
    };

    private static async Task<string> DownloadAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(button).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private static Task<string> FocusedTextAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement?.textContent ?? ''");
}
