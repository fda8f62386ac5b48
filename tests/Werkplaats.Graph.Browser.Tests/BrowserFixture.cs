using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Werkplaats.Graph.Browser.Tests;

/// <summary>
/// The API on a real Kestrel port (a temporary SQLite file seeded from graph-seed) and Debian's Chromium driven by
/// Playwright, shared by the tests of a class. Chromium comes from tests/needs/chromium.sh; a missing browser fails
/// the tests with that hint rather than skipping them.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    private static readonly string[] _chromiumArguments =
    [
        // This machine's network is closed: without these, Chromium keeps trying to reach Google's services.
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly ApiFactory _api = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The API's address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The browser; each test opens its own context and page.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        BaseAddress = StartOnKestrel(_api);
        _playwright = await Playwright.CreateAsync();
        _browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Starts the API on a free Kestrel port and returns its address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public static Uri StartOnKestrel(ApiFactory api)
    {
        api.UseKestrel(port: 0);
        api.StartServer();
        var addresses = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no address.");
        return new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>Debian's headless Chromium, for fixtures that start their own servers.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"No Chromium at {ChromiumPath}: run 'bash tests/needs/chromium.sh' or set CHROMIUM_PATH.");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = _chromiumArguments,
        });
    }

    /// <summary>A fresh page in a fresh context whose relative URLs resolve against the API.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        return await context.NewPageAsync();
    }

    /// <summary>Saves what the page shows under artifacts/screenshots/, for people to look at after a run.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _api.DisposeAsync();
    }

    public void Dispose() => _api.Dispose();
}
