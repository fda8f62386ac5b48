using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Net.Http.Headers;
using Werkplaats.Graph.Api.Http;

namespace Werkplaats.Graph.Api.Limits;

/// <summary>
/// What keeps partner traffic fair and browsers in line: CORS for the configured partner origins, and a fixed-window
/// rate limit per client (known API key, else remote address) answering 429 with <c>Retry-After</c>. Health probes are
/// never limited.
/// </summary>
public static class PartnerLimitsExtensions
{
    public const string ApiKeyHeader = "X-Api-Key";

    public static WebApplicationBuilder AddPartnerLimits(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<PartnerOriginsOptions>().BindConfiguration(PartnerOriginsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ClientRateLimitOptions>().BindConfiguration(ClientRateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var origins = configuration.GetSection(PartnerOriginsOptions.Section).Get<PartnerOriginsOptions>() ?? new PartnerOriginsOptions();
        var limits = configuration.GetSection(ClientRateLimitOptions.Section).Get<ClientRateLimitOptions>() ?? new ClientRateLimitOptions();

        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins.AllowedOrigins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders(HeaderNames.ContentType, HeaderNames.Authorization, HeaderNames.Accept, HeaderNames.IfNoneMatch, ApiKeyHeader)
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.RetryAfter, GraphQLHttpEndpoint.CacheStatusHeader)
            .SetPreflightMaxAge(TimeSpan.FromSeconds(origins.PreflightMaxAgeSeconds))));

        var partnerOfKey = limits.ApiKeys.Where(k => k.Value.Length > 0).ToDictionary(k => k.Value, k => k.Key, StringComparer.Ordinal);
        builder.Services.AddRateLimiter(rateLimiter =>
        {
            // Partitioned by values (what, partner, address): no key text is made per request.
            rateLimiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, ClientPartition>(context =>
            {
                if (context.Request.Path.StartsWithSegments("/healthz") || context.Request.Path.StartsWithSegments("/readyz"))
                {
                    return RateLimitPartition.GetNoLimiter(new ClientPartition("health", null, null));
                }

                return context.Request.Headers[ApiKeyHeader] is [{ } key] && partnerOfKey.TryGetValue(key, out var partner)
                    ? RateLimitPartition.GetFixedWindowLimiter(new ClientPartition("key", partner, null), _ => Window(limits.ApiKeyPermitLimit, limits))
                    : RateLimitPartition.GetFixedWindowLimiter(new ClientPartition("address", null, context.Connection.RemoteIpAddress), _ => Window(limits.PermitLimit, limits));
            });
            rateLimiter.OnRejected = (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(limits.WindowSeconds);
                var seconds = (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
                var context = rejected.HttpContext;
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(context.RequestServices.GetRequiredService<GraphQLResponseWriter>().WriteErrorAsync(
                    context, GraphQLMediaTypes.Negotiate(context.Request) ?? GraphQLMediaTypes.Json, RequestErrors.RateLimited(seconds)));
            };
        });
        return builder;
    }

    /// <summary>CORS first, so a preflight is answered (and never counted); then the rate limit, before any work.</summary>
    public static WebApplication UsePartnerLimits(this WebApplication app)
    {
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, ClientRateLimitOptions limits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromSeconds(limits.WindowSeconds),
        QueueLimit = 0,
    };
}

/// <summary>Whose requests count together: health probes (never limited), a partner by its API key, or an address.</summary>
internal readonly record struct ClientPartition(string Kind, string? Partner, IPAddress? Address);
