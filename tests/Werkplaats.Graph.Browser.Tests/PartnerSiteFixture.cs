using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Playwright;

namespace Werkplaats.Graph.Browser.Tests;

/// <summary>
/// A partner's website and the API on two origins, as in production: examples/embed served as static files by a
/// Kestrel of its own on one free port, the API on another with that site's origin in <c>Cors:AllowedOrigins</c>,
/// and Debian's Chromium. The page's requests to the API are cross-origin, so CORS is exercised for real.
/// </summary>
public sealed class PartnerSiteFixture : IAsyncLifetime, IDisposable
{
    private readonly PartnerApiFactory _api = new();
    private WebApplication? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The partner site, e.g. <c>http://127.0.0.1:40001</c>, serving examples/embed.</summary>
    public Uri SiteAddress { get; private set; } = null!;

    /// <summary>The API, on another port: another origin.</summary>
    public Uri ApiAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var site = WebApplication.CreateBuilder();
        site.WebHost.UseUrls("http://127.0.0.1:0");
        _site = site.Build();
        _site.UseFileServer(new FileServerOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(RepositoryRoot.Path, "examples", "embed")),
        });
        await _site.StartAsync();
        SiteAddress = new Uri(_site.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

        _api.AllowedOrigin = SiteAddress.GetLeftPart(UriPartial.Authority);
        ApiAddress = BrowserFixture.StartOnKestrel(_api);
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserFixture.LaunchChromiumAsync(_playwright);
    }

    public async Task<IPage> NewPageAsync() =>
        await (await (_browser ?? throw new InvalidOperationException("The fixture has not started.")).NewContextAsync()).NewPageAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        await _api.DisposeAsync();
    }

    public void Dispose() => _api.Dispose();

    private sealed class PartnerApiFactory : ApiFactory
    {
        public string AllowedOrigin { get; set; } = "";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cors:AllowedOrigins:0", AllowedOrigin);
        }
    }
}
