using Microsoft.Extensions.FileProviders;

namespace Werkplaats.Graph.Api.Pages;

/// <summary>
/// Serves the pages bundled from ClientApp/ (GraphiQL at /graphiql/, the explorer at /explorer/) from the wwwroot/
/// folder the build puts beside the binaries.
/// </summary>
public static partial class PagesExtensions
{
    /// <summary>The pages' folder: beside the binaries, whatever the content root (tests run from their own bin).</summary>
    public static string PagesDirectory => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>
    /// /graphiql and /explorer redirect to their folder and serve its index.html; the scripts and styles beside it
    /// are served as they are. Without a bundle (a build that skipped ClientApp) the paths are simply not found.
    /// </summary>
    public static WebApplication MapPages(this WebApplication app)
    {
        if (!Directory.Exists(PagesDirectory))
        {
            LogNoPages(app.Logger, PagesDirectory);
            return app;
        }

        var files = new PhysicalFileProvider(PagesDirectory);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No pages at {Directory}: GraphiQL and the explorer are not served")]
    private static partial void LogNoPages(ILogger logger, string directory);
}
