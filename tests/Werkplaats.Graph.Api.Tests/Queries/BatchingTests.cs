using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Tests.Queries;

/// <summary>The API with a counting wrapper around the real SQLite store.</summary>
public sealed class CountingApiFactory : ApiFactory
{
    public CountingGraphStore Store => Services.GetRequiredService<CountingGraphStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IGraphStore));
            services.Remove(real);
            services.AddSingleton(provider => new CountingGraphStore(
                (IGraphStore)(real.ImplementationFactory?.Invoke(provider)
                    ?? real.ImplementationInstance
                    ?? ActivatorUtilities.CreateInstance(provider, real.ImplementationType!))));
            services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<CountingGraphStore>());
        });
    }
}

/// <summary>Resolvers batch: the cost in store calls does not grow with the page.</summary>
public sealed class BatchingTests(CountingApiFactory factory) : IClassFixture<CountingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task PageOfLessonsWithTheirRelationships_CostsOneStoreCallPerLevelAndField()
    {
        await _client.QueryDataAsync("{ lessons(first: 1) { totalCount } }");
        factory.Store.Reset();

        var lessons = (await _client.QueryDataAsync(
            "{ lessons(first: 100) { nodes { key conditions { key } levels { key } practices { key issues { key } } issues { key } } } }"))
            .GetProperty("lessons").GetProperty("nodes");

        Assert.True(lessons.GetArrayLength() >= 60, "the page should hold every seeded lesson");
        // 1 page of lessons + 1 call each for conditions, levels, practices, issues, and the practices' issues.
        Assert.Equal(6, factory.Store.Reads);
    }
}
