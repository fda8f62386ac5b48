using Microsoft.AspNetCore.Hosting;

namespace Werkplaats.Graph.Api.Tests.Limits;

/// <summary>The API with one partner origin for CORS, a rate limit of 3 requests a minute, and one partner API key.</summary>
public sealed class PartnerLimitsApiFactory : ApiFactory
{
    public const string PartnerOrigin = "https://www.partner.example";
    public const string PartnerKey = "test-key-of-the-partner";
    public const int PermitLimit = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cors:AllowedOrigins:0", PartnerOrigin);
        builder.UseSetting("RateLimiting:PermitLimit", PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:ApiKeyPermitLimit", (PermitLimit * 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:WindowSeconds", "60");
        builder.UseSetting("RateLimiting:ApiKeys:partner", PartnerKey);
    }
}
