namespace Werkplaats.Graph.Api.Auth;

/// <summary>The <c>Auth</c> configuration section: who issues the bearer tokens the API accepts.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The OpenID Connect provider that issues tokens in production; empty for the embedded issuer.</summary>
    public string Authority { get; set; } = "";

    /// <summary>The audience the provider's tokens must name; required with <see cref="Authority"/>.</summary>
    public string Audience { get; set; } = "";

    /// <summary>The embedded issuer's HMAC key, created on first start; relative to the working directory.</summary>
    public string SigningKeyPath { get; set; } = "data/signing-key";

    public bool UsesEmbeddedIssuer => string.IsNullOrWhiteSpace(Authority);
}
