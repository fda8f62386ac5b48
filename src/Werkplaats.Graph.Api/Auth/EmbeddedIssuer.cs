using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Werkplaats.Graph.Api.Auth;

/// <summary>
/// The token issuer of the embedded default: signs and validates HMAC-SHA256 tokens with the key of
/// <see cref="SigningKeyFile"/>, so a new user can try the API without an identity provider.
/// </summary>
public sealed class EmbeddedIssuer(byte[] key)
{
    /// <summary>Issuer and audience of the embedded tokens.</summary>
    public const string Name = "werkplaats-graph";

    private readonly SymmetricSecurityKey _key = new(key);

    public TokenValidationParameters ValidationParameters => new()
    {
        ValidIssuer = Name,
        ValidAudience = Name,
        IssuerSigningKey = _key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireExpirationTime = true,
    };

    /// <summary>A token for <paramref name="actorKey"/> (the <c>sub</c>), with the person's name when given.</summary>
    public string CreateToken(string actorKey, string? personName, DateTime validFrom, DateTime expires)
    {
        List<Claim> claims = [new(JwtRegisteredClaimNames.Sub, actorKey)];
        if (!string.IsNullOrWhiteSpace(personName))
        {
            claims.Add(new(JwtRegisteredClaimNames.Name, personName));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Name,
            Audience = Name,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = validFrom,
            NotBefore = validFrom,
            Expires = expires,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }
}
