using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Werkplaats.Graph.Api.Catalogue;

namespace Werkplaats.Graph.Api.Caching;

/// <summary>
/// Registers the response cache on HybridCache, in memory, with Redis as the shared second level when
/// <c>ConnectionStrings:Redis</c> is set; and the query catalogue with its persisted queries.
/// </summary>
public static class CachingExtensions
{
    public const string RedisConnectionName = "Redis";

    public static WebApplicationBuilder AddResponseCaching(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CachingOptions>().BindConfiguration(CachingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHybridCache(options =>
        {
            var caching = builder.Configuration.GetSection(CachingOptions.Section).Get<CachingOptions>() ?? new CachingOptions();
            options.MaximumPayloadBytes = caching.MaximumResponseBytes + 1_024;
        }).AddSerializer<CachedResponse, CachedResponseSerializer>();

        if (builder.Configuration.GetConnectionString(RedisConnectionName) is { Length: > 0 } redis)
        {
            services.AddSingleton(provider => new RedisConnection(redis, provider.GetRequiredService<ILogger<RedisConnection>>()));
            services.AddHostedService(provider => provider.GetRequiredService<RedisConnection>());
            services.AddSingleton(provider => new RedisCache(Options.Create(new RedisCacheOptions
            {
                InstanceName = "werkplaats-graph:",
                ConnectionMultiplexerFactory = async () => (StackExchange.Redis.IConnectionMultiplexer)await provider.GetRequiredService<RedisConnection>().GetAsync(),
            })));
            services.AddSingleton<IDistributedCache, GuardedRedisCache>();
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ResponseCache>();
        services.AddScoped<CallerSpecificResponse>();
        services.AddSingleton<QueryCatalogue>();
        services.AddSingleton<PersistedDocuments>();
        return builder;
    }
}
