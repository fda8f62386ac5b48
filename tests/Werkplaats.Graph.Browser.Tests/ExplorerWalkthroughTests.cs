using Microsoft.Playwright;
using Werkplaats.Graph.Core.Model;
using static Microsoft.Playwright.Assertions;

namespace Werkplaats.Graph.Browser.Tests;

/// <summary>
/// A researcher's walk through the explorer in Chromium: search, a lesson's page, its neighbours, the paths to
/// another lesson, the heatmap and its drill-down, two ateliers compared. Each step checks what the page shows
/// against graph-seed read without the API (<see cref="PublicGraph"/>), and saves a screenshot.
/// </summary>
public sealed class ExplorerWalkthroughTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string MatrixAtelier = "samen-wonen-in-de-wijk";
    private const string AtelierA = "armoede-en-schulden";
    private const string AtelierB = "eenzaamheid-en-betekenisvol-contact";

    [Fact]
    public async Task Walkthrough_SearchLessonExpandPathsHeatmapComparison_ShowsWhatTheGraphHolds()
    {
        var lesson = PublicGraph.MostConnectedLesson;
        var target = LessonAtDistance(lesson, 3);
        var page = await browser.NewPageAsync();
        var offsite = ExplorerPage.RecordOffsiteRequests(page, browser.BaseAddress);
        await page.GotoAsync("/explorer/");
        await ExplorerPage.ReadyAsync(page, "search");

        await SearchAsync(page, lesson);
        await OpenLessonAsync(page, lesson);
        await ExpandAsync(page, lesson);
        await PathsAsync(page, lesson, target);
        await HeatmapAsync(page);
        await CompareAsync(page);
        Assert.Empty(offsite);
    }

    private static async Task SearchAsync(IPage page, Lesson lesson)
    {
        await page.Locator("#search-text").FillAsync(lesson.Title);
        await page.Locator("#search-text").PressAsync("Enter");
        await ExplorerPage.ReadyAsync(page, "search");

        var lessonTitles = await page.Locator("section[data-kind='Lesson'] .result-title").AllTextContentsAsync();
        Assert.Contains(lesson.Title, lessonTitles);
        // Every result holds every word of the search as a word prefix, and results come grouped by kind.
        var words = lesson.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var groups = await page.Locator("section.result-group").EvaluateAllAsync<string[]>("sections => sections.map(s => s.dataset.kind)");
        Assert.Equal(groups.Distinct(), groups);
        Assert.All(groups, kind => Assert.Contains(kind, Enum.GetNames<NodeKind>()));
        Assert.All(lessonTitles, title => Assert.True(
            PublicGraph.Lessons.Any(l => l.Title == title && words.All(w => ContainsWordPrefix($"{l.Title} {l.Summary}", w))),
            $"'{title}' is no public lesson holding every word of the search"));
        await BrowserFixture.ScreenshotAsync(page, "explorer-1-search");
    }

    private static async Task OpenLessonAsync(IPage page, Lesson lesson)
    {
        await page.Locator("section[data-kind='Lesson'] a.result-title", new() { HasTextString = lesson.Title }).First.ClickAsync();
        await ExplorerPage.ReadyAsync(page, "lesson");

        await Expect(page.Locator("#lesson-title")).ToHaveTextAsync(lesson.Title);
        await Expect(page.Locator("#lesson-summary")).ToHaveTextAsync(lesson.Summary);
        await AssertKeysAsync(page, "#lesson-conditions li[data-key]", PublicGraph.Targets(lesson.Ref, RelationshipType.Touches));
        await AssertKeysAsync(page, "#lesson-levels li[data-key]", PublicGraph.Targets(lesson.Ref, RelationshipType.AtLevel));
        await AssertKeysAsync(page, "#lesson-domains li[data-key]", PublicGraph.Targets(lesson.Ref, RelationshipType.InDomain));
        await AssertKeysAsync(page, "#lesson-practices li[data-key]", PublicGraph.Targets(lesson.Ref, RelationshipType.LearnedIn));
        await AssertKeysAsync(page, "#lesson-issues li[data-key]",
            LessonIssues.Derive(SeedGraph.Snapshot).Where(r => r.From == lesson.Ref).Select(r => r.To.Key).ToHashSet());
        await AssertTitlesAsync(page, "#lesson-lifted-from a", Lifting(lesson, RelationshipType.DerivedFrom, backwards: false));
        await AssertTitlesAsync(page, "#lesson-lifted-into a", Lifting(lesson, RelationshipType.DerivedFrom, backwards: true));
        await AssertTitlesAsync(page, "#lesson-related a", PublicGraph.Targets(lesson.Ref, RelationshipType.RelatesTo)
            .Concat(PublicGraph.Sources(lesson.Ref, RelationshipType.RelatesTo)).Select(TitleOf));
        await BrowserFixture.ScreenshotAsync(page, "explorer-2-lesson");
    }

    private static async Task ExpandAsync(IPage page, Lesson lesson)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon in graaf", Exact = true }).ClickAsync();
        await ExplorerPage.ReadyAsync(page, "graph");
        Assert.Equal([lesson.Title], await ExplorerPage.ShownNodesAsync(page));
        await Expect(page.Locator("#selected-node strong")).ToHaveTextAsync(lesson.Title);

        await page.Locator("#expand").ClickAsync();
        await ExplorerPage.ReadyAsync(page, "graph");

        var expected = PublicGraph.Neighbours(lesson.Ref).Append(lesson.Ref).Select(n => PublicGraph.Nodes[n].DisplayName);
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await ExplorerPage.ShownNodesAsync(page)).Order(StringComparer.Ordinal));
        await BrowserFixture.ScreenshotAsync(page, "explorer-3-expanded");
    }

    private static async Task PathsAsync(IPage page, Lesson lesson, Lesson target)
    {
        await page.Locator("#set-from").ClickAsync();
        await ExplorerPage.ReadyAsync(page, "graph");
        await Expect(page.Locator("#path-from")).ToHaveTextAsync(lesson.Title);

        // The second lesson comes into the graph from a search, as a researcher would bring it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await page.Locator("#search-text").FillAsync(target.Title);
        await page.Locator("#search-text").PressAsync("Enter");
        await ExplorerPage.ReadyAsync(page, "search");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Toon in graaf: {target.Title}", Exact = true }).ClickAsync();
        await ExplorerPage.ReadyAsync(page, "graph");
        await page.Locator("#set-to").ClickAsync();
        await ExplorerPage.ReadyAsync(page, "graph");
        await Expect(page.Locator("#path-to")).ToHaveTextAsync(target.Title);

        await page.Locator("#show-paths").ClickAsync();
        await ExplorerPage.ReadyAsync(page, "graph");

        var distance = PublicGraph.Distance(lesson.Ref, target.Ref);
        var paths = page.Locator("#path-list li");
        Assert.InRange(await paths.CountAsync(), 1, 5);
        foreach (var path in await paths.AllAsync())
        {
            Assert.Equal(distance.ToString(), await path.GetAttributeAsync("data-length"));
            var text = await path.TextContentAsync() ?? "";
            Assert.Contains($"{lesson.Title} → ", text, StringComparison.Ordinal);
            Assert.EndsWith($" → {target.Title}", text, StringComparison.Ordinal);
        }

        var shown = await ExplorerPage.ShownNodesAsync(page);
        Assert.Contains(target.Title, shown);
        await BrowserFixture.ScreenshotAsync(page, "explorer-4-paths");
    }

    private static async Task HeatmapAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Matrix", Exact = true }).ClickAsync();
        await ExplorerPage.ReadyAsync(page, "matrix");
        await AssertMatrixAsync(page, _ => true);

        await page.Locator("#matrix-issue").SelectOptionAsync(MatrixAtelier);
        await ExplorerPage.ReadyAsync(page, "matrix");
        var ofAtelier = PublicGraph.LessonsOfIssue(MatrixAtelier);
        await AssertMatrixAsync(page, ofAtelier.Contains);

        await page.Locator("button.cell[data-condition='SOCIAL_COHESION'][data-level='NEIGHBOURHOOD']").ClickAsync();
        await ExplorerPage.ReadyAsync(page, "matrix");
        var expected = PublicGraph.LessonsAt("SOCIAL_COHESION", "NEIGHBOURHOOD").Where(l => ofAtelier.Contains(l.Key)).Select(l => l.Title);
        await AssertTitlesAsync(page, "#cell-lessons li a", expected);
        await BrowserFixture.ScreenshotAsync(page, "explorer-5-heatmap");
    }

    private static async Task AssertMatrixAsync(IPage page, Func<string, bool> lessonFilter)
    {
        var cells = await page.Locator("button.cell").EvaluateAllAsync<string[][]>(
            "cells => cells.map(c => [c.dataset.condition, c.dataset.level, c.dataset.count, String(c.parentElement.classList.contains('blind-spot'))])");
        Assert.Equal(4 * 8, cells.Length);
        foreach (var cell in cells)
        {
            var count = PublicGraph.LessonsAt(cell[0], cell[1]).Count(l => lessonFilter(l.Key));
            Assert.Equal($"{cell[0]} {cell[1]} {count} {(count == 0).ToString().ToLowerInvariant()}", string.Join(' ', cell));
        }
    }

    private static async Task CompareAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Vergelijken", Exact = true }).ClickAsync();
        await ExplorerPage.ReadyAsync(page, "compare");
        await page.Locator("#compare-a").SelectOptionAsync(AtelierA);
        await page.Locator("#compare-b").SelectOptionAsync(AtelierB);
        await page.Locator("#compare-button").ClickAsync();
        await ExplorerPage.ReadyAsync(page, "compare");

        var a = new NodeRef(NodeKind.Issue, AtelierA);
        var b = new NodeRef(NodeKind.Issue, AtelierB);
        await AssertKeysAsync(page, "#shared-partners li[data-key]",
            PublicGraph.Sources(a, RelationshipType.ParticipatesIn).Intersect(PublicGraph.Sources(b, RelationshipType.ParticipatesIn)).ToHashSet());
        await AssertKeysAsync(page, "#shared-practices li[data-key]",
            PublicGraph.Sources(a, RelationshipType.PartOf).Intersect(PublicGraph.Sources(b, RelationshipType.PartOf)).ToHashSet());
        IEnumerable<string> ConditionsOf(string issue) => PublicGraph.LessonsOfIssue(issue)
            .SelectMany(l => PublicGraph.Targets(new NodeRef(NodeKind.Lesson, l), RelationshipType.Touches));
        await AssertKeysAsync(page, "#shared-conditions > ul > li[data-key]", ConditionsOf(AtelierA).Intersect(ConditionsOf(AtelierB)).ToHashSet());
        await BrowserFixture.ScreenshotAsync(page, "explorer-6-comparison");

        // From the comparison to the graph: the two ateliers and the shortest paths between them.
        await page.Locator("#compare-heading button").ClickAsync();
        await ExplorerPage.ReadyAsync(page, "graph");
        var paths = await page.Locator("#path-list li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.length)");
        Assert.NotEmpty(paths);
        Assert.All(paths, length => Assert.Equal(PublicGraph.Distance(a, b).ToString(), length));
        await BrowserFixture.ScreenshotAsync(page, "explorer-7-ateliers-in-graph");
    }

    private static Lesson LessonAtDistance(Lesson from, int distance) =>
        PublicGraph.Lessons.OrderBy(l => l.Key, StringComparer.Ordinal).First(l => PublicGraph.Distance(from.Ref, l.Ref) == distance);

    /// <summary>The lessons reached along DERIVED_FROM (or against it), transitively.</summary>
    private static IEnumerable<string> Lifting(Lesson lesson, RelationshipType type, bool backwards)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<NodeRef>([lesson.Ref]);
        while (queue.TryDequeue(out var node))
        {
            var next = backwards ? PublicGraph.Sources(node, type) : PublicGraph.Targets(node, type);
            foreach (var key in next.Where(k => k != lesson.Key && seen.Add(k)))
            {
                queue.Enqueue(new NodeRef(NodeKind.Lesson, key));
            }
        }

        return seen.Select(TitleOf);
    }

    private static string TitleOf(string lessonKey) => ((Lesson)PublicGraph.Nodes[new NodeRef(NodeKind.Lesson, lessonKey)]).Title;

    private static bool ContainsWordPrefix(string text, string word) =>
        text.Split([' ', ',', '.', ';', ':', '\'', '"', '(', ')', '-', '!', '?'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.StartsWith(word.Trim(',', '.', ':', ';', '\'', '"', '(', ')', '!', '?'), StringComparison.OrdinalIgnoreCase));

    private static async Task AssertKeysAsync(IPage page, string selector, IReadOnlySet<string> expected)
    {
        var keys = await page.Locator(selector).EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.key)");
        Assert.Equal(expected.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    private static async Task AssertTitlesAsync(IPage page, string selector, IEnumerable<string> expected)
    {
        var titles = await page.Locator(selector).AllTextContentsAsync();
        Assert.Equal(expected.Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
    }
}
