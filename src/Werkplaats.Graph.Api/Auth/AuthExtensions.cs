using Werkplaats.Graph.Core.Access;

namespace Werkplaats.Graph.Api.Auth;

/// <summary>
/// JWT bearer authentication: tokens of the configured OpenID Connect provider, or of the <see cref="EmbeddedIssuer"/>
/// when <c>Auth:Authority</c> is empty. What a caller may read is decided per request from the graph (<see cref="ViewerMiddleware"/>).
/// </summary>
public static class AuthExtensions
{
    private const string SuppressAutoDefaultScheme = "Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme";

    public static WebApplicationBuilder AddAuth(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        builder.Services.AddScoped<ActorAccessReader>();
        builder.Services.AddHttpContextAccessor();

        EmbeddedIssuer? issuer = null;
        if (options.UsesEmbeddedIssuer)
        {
            issuer = new EmbeddedIssuer(SigningKeyFile.LoadOrCreate(options.SigningKeyPath));
            builder.Services.AddSingleton(issuer);
        }
        else if (string.IsNullOrWhiteSpace(options.Audience))
        {
            throw new InvalidOperationException("Auth:Audience must be set together with Auth:Authority.");
        }

        // No default scheme: the authentication middleware that WebApplication adds then does nothing, so the bearer
        // handler runs only when ViewerMiddleware asks, for requests with a token (most partner requests have none).
        AppContext.SetSwitch(SuppressAutoDefaultScheme, true);
        builder.Services.AddAuthentication().AddJwtBearer(jwt =>
        {
            // Keep the token's own claim names (sub, name) instead of the WS-Federation URIs.
            jwt.MapInboundClaims = false;
            if (issuer is not null)
            {
                jwt.TokenValidationParameters = issuer.ValidationParameters;
            }
            else
            {
                jwt.Authority = options.Authority;
                jwt.Audience = options.Audience;
            }
        });
        return builder;
    }

    /// <summary>Resolves who is asking before any endpoint runs; place after the exception handler.</summary>
    public static IApplicationBuilder UseViewer(this IApplicationBuilder app) => app.UseMiddleware<ViewerMiddleware>();
}
