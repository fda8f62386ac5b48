using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Tests;

/// <summary>
/// The API with failures on demand, to see what clients and logs get: <c>level</c> aliased as <c>storeDown</c>
/// throws a <see cref="GraphStoreException"/>, aliased as <c>bug</c> an <see cref="InvalidOperationException"/>,
/// aliased as <c>slow</c> waits past the timeout (5 seconds here), and <c>GET /boom</c> throws outside GraphQL. Every exception message is <see cref="Secret"/>, which no response may show.
/// </summary>
public sealed class FailingApiFactory : ApiFactory
{
    public const string Secret = "secret-detail-42";

    public LogCollector Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Long enough for a cold first request on a busy 2-core machine, short enough for the timeout tests.
        builder.UseSetting("GraphQL:TimeoutSeconds", "5");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.AddGraphQL(graphQL => graphQL.ConfigureSchema(schema =>
                schema.FieldMiddleware.Use(next => context => context.FieldAst.Alias?.Name.StringValue switch
                {
                    "storeDown" => throw new GraphStoreException(StoreErrorKind.Unavailable, Secret),
                    "bug" => throw new InvalidOperationException(Secret),
                    "slow" => WaitForCancellationAsync(context.CancellationToken),
                    _ => next(context),
                })));
            services.AddSingleton<IStartupFilter, BoomEndpoint>();
        });
    }

    private static async ValueTask<object?> WaitForCancellationAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return null;
    }

    private sealed class BoomEndpoint : IStartupFilter
    {
        // Added after the app's own middleware, so the app's exception handling is around it.
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/boom", boom => boom.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }
}
