namespace Werkplaats.Graph.Api.Hosting;

/// <summary>Where the API listens when nothing else says so.</summary>
public static class HostingExtensions
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// Listens on <see cref="DefaultUrl"/> unless <c>ASPNETCORE_URLS</c>, <c>--urls</c> or the <c>Urls</c> setting
    /// says otherwise (a default in appsettings.json would override the environment variable).
    /// </summary>
    public static WebApplicationBuilder UseDefaultUrl(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }
}
