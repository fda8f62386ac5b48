using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>
/// One API instance of several that share one SQLite file and, when given, one Redis: as two processes of a
/// deployment would. Each instance keeps its own memory cache, services and logs.
/// </summary>
public sealed class SharedStoreApiFactory(string databaseFile, string? redis) : ApiFactory
{
    public LogCollector Logs { get; } = new();

    protected override string ConnectionString => $"Data Source={databaseFile}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (redis is not null)
        {
            builder.UseSetting("ConnectionStrings:Redis", redis);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
