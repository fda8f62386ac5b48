using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Werkplaats.Graph.Testing;

/// <summary>
/// The API as it runs: a real SQLite file in a fresh temporary folder (deleted on dispose) and the repository's
/// graph-seed, in the "Testing" environment (so no exception details), with the embedded issuer's signing key in the
/// same folder. Shared per test class through IClassFixture.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public ApiFactory() => TempDirectory = Directory.CreateTempSubdirectory("werkplaats-graph-").FullName;

    /// <summary>The folder that holds this factory's database; deleted with the factory.</summary>
    protected string TempDirectory { get; }

    protected virtual string ConnectionString => $"Data Source={Path.Combine(TempDirectory, "graph.db")}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Graph", ConnectionString);
        builder.UseSetting("Graph:SeedDirectory", SeedGraph.Directory);
        builder.UseSetting("Auth:SigningKeyPath", Path.Combine(TempDirectory, "signing-key"));
        // Every request of a test host comes from one address; tests of the rate limit set their own.
        builder.UseSetting("RateLimiting:PermitLimit", "1000000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(TempDirectory))
        {
            Directory.Delete(TempDirectory, recursive: true);
        }
    }
}
