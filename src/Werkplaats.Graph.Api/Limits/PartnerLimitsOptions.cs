using System.ComponentModel.DataAnnotations;

namespace Werkplaats.Graph.Api.Limits;

/// <summary>The <c>Cors</c> configuration section: the partner sites whose pages may call the API from the browser.</summary>
public sealed class PartnerOriginsOptions
{
    public const string Section = "Cors";

    /// <summary>Origins such as <c>https://www.partner.nl</c> (scheme, host and port; no path). Empty: no cross-origin calls.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may reuse a preflight answer.</summary>
    [Range(0, 86_400)]
    public int PreflightMaxAgeSeconds { get; set; } = 600;
}

/// <summary>
/// The <c>RateLimiting</c> configuration section: requests per client per window. A client is the API key it sends
/// in <c>X-Api-Key</c> when that key is configured, and otherwise its remote address.
/// </summary>
public sealed class ClientRateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Requests per window from one address without a known API key.</summary>
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 300;

    /// <summary>Requests per window for one known API key.</summary>
    [Range(1, int.MaxValue)]
    public int ApiKeyPermitLimit { get; set; } = 3_000;

    [Range(1, 3_600)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Partner name to API key; keys are secrets, so they come from the environment or a secret store, never from the repository.</summary>
    public Dictionary<string, string> ApiKeys { get; set; } = [];
}
