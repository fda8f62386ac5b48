using System.Net;
using Werkplaats.Graph.Api.Limits;

namespace Werkplaats.Graph.Api.Tests.Limits;

/// <summary>
/// Per client, a fixed number of requests per window: past it 429 with Retry-After and a GraphQL error; a known API
/// key is a client of its own with its own limit; health probes are never limited. Each test uses its own host, so the
/// windows of one test do not count against another.
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly PartnerLimitsApiFactory _factory = new();

    [Fact]
    public async Task PastTheLimit_Is429_WithRetryAfter_AndACode()
    {
        var client = _factory.CreateClient();
        for (var request = 0; request < PartnerLimitsApiFactory.PermitLimit; request++)
        {
            using var allowed = await client.GetAsync("/graphql?query=%7B__typename%7D");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync("/graphql?query=%7B__typename%7D");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal(["RATE_LIMITED"], await refused.ReadErrorCodesAsync());
    }

    [Fact]
    public async Task AKnownApiKey_IsAClientOfItsOwn_WithItsOwnLimit()
    {
        var anonymous = _factory.CreateClient();
        var partner = _factory.CreateClient();
        partner.DefaultRequestHeaders.Add(PartnerLimitsExtensions.ApiKeyHeader, PartnerLimitsApiFactory.PartnerKey);
        for (var request = 0; request <= PartnerLimitsApiFactory.PermitLimit; request++)
        {
            (await anonymous.GetAsync("/graphql?query=%7B__typename%7D")).Dispose();
        }

        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request <= PartnerLimitsApiFactory.PermitLimit * 2; request++)
        {
            using var response = await partner.GetAsync("/graphql?query=%7B__typename%7D");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, PartnerLimitsApiFactory.PermitLimit * 2), HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task HealthProbes_AreNeverLimited()
    {
        var client = _factory.CreateClient();
        for (var request = 0; request < PartnerLimitsApiFactory.PermitLimit * 3; request++)
        {
            using var response = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    public void Dispose() => _factory.Dispose();
}
