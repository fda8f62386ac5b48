using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Werkplaats.Graph.Browser.Tests;

/// <summary>How tests read the explorer: which view is shown once it has rendered, and the graph's node list.</summary>
internal static class ExplorerPage
{
    /// <summary>Waits until the explorer shows <paramref name="view"/> and has finished rendering it.</summary>
    public static Task ReadyAsync(IPage page, string view) =>
        Expect(page.Locator($"main[data-view='{view}'][aria-busy='false']")).ToBeVisibleAsync();

    /// <summary>
    /// Collects every request the page makes to anywhere but the API (blob: and data: URLs stay in the page): the
    /// pages must work without internet access, so the list should stay empty.
    /// </summary>
    public static IReadOnlyList<string> RecordOffsiteRequests(IPage page, Uri api)
    {
        var offsite = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(api.ToString(), StringComparison.Ordinal)
                && !request.Url.StartsWith("blob:", StringComparison.Ordinal)
                && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                offsite.Add(request.Url);
            }
        };
        return offsite;
    }

    /// <summary>The labels of the nodes the graph view shows (its accessible node list, the same as the canvas).</summary>
    public static async Task<IReadOnlyList<string>> ShownNodesAsync(IPage page) =>
        await page.Locator("#node-list .label").AllTextContentsAsync();
}
