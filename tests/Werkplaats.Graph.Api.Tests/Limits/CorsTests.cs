using System.Net;

namespace Werkplaats.Graph.Api.Tests.Limits;

/// <summary>Browsers on a configured partner origin may call the API; preflights get the methods and headers it accepts.</summary>
public sealed class CorsTests(PartnerLimitsApiFactory factory) : IClassFixture<PartnerLimitsApiFactory>
{
    [Fact]
    public async Task Preflight_FromAPartnerOrigin_AllowsGetPostAndTheHeadersAClientSends()
    {
        using var response = await factory.CreateClient().SendAsync(Preflight(PartnerLimitsApiFactory.PartnerOrigin, "POST", "content-type,authorization"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([PartnerLimitsApiFactory.PartnerOrigin], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal(["GET", "POST"], Listed(response, "Access-Control-Allow-Methods"));
        Assert.Superset(new HashSet<string>(["content-type", "authorization"]), Listed(response, "Access-Control-Allow-Headers").Select(h => h.ToLowerInvariant()).ToHashSet());
        Assert.Equal(["600"], response.Headers.GetValues("Access-Control-Max-Age"));
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_AllowsNothing()
    {
        using var response = await factory.CreateClient().SendAsync(Preflight("https://elsewhere.example", "POST", "content-type"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Preflight_ForAMethodNotServed_AllowsNothingOfIt()
    {
        using var response = await factory.CreateClient().SendAsync(Preflight(PartnerLimitsApiFactory.PartnerOrigin, "DELETE", null));

        Assert.DoesNotContain("DELETE", response.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) ? methods : []);
    }

    [Fact]
    public async Task SimpleGet_FromAPartnerOrigin_NamesTheOrigin_AndExposesTheETag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Add("Origin", PartnerLimitsApiFactory.PartnerOrigin);

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal([PartnerLimitsApiFactory.PartnerOrigin], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("ETag", Listed(response, "Access-Control-Expose-Headers"));
        Assert.Contains("Origin", response.Headers.Vary);
    }

    private static HttpRequestMessage Preflight(string origin, string method, string? headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        if (headers is not null)
        {
            request.Headers.Add("Access-Control-Request-Headers", headers);
        }

        return request;
    }

    private static List<string> Listed(HttpResponseMessage response, string header) =>
        [.. response.Headers.GetValues(header).SelectMany(v => v.Split(',')).Select(v => v.Trim())];
}
