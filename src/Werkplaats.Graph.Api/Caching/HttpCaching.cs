using Microsoft.Net.Http.Headers;
using Werkplaats.Graph.Api.GraphQL.Loading;

namespace Werkplaats.Graph.Api.Caching;

/// <summary>
/// What browsers and CDNs are told about a successful GET query response (docs/decisions/0012): published answers
/// for the public are <c>public</c> with a short max-age; a signed-in caller's are <c>private, no-cache</c> (their
/// browser may keep them but asks again each time); anything a caller sees drafts in is <c>private, no-store</c>, so
/// drafts never rest in a cache outside this API. Every stored answer carries an ETag, and a matching If-None-Match
/// gets 304. POST and error responses stay <c>no-store</c> (the response writer's default).
/// </summary>
public static class HttpCaching
{
    // The answer depends on the media type asked for and on the token, and its CORS headers on the origin: a shared
    // cache must keep them apart (ASP.NET's CORS adds Vary: Origin only when several origins are configured).
    private static readonly string _vary = $"{HeaderNames.Accept}, {HeaderNames.Authorization}, {HeaderNames.Origin}";

    /// <summary>Sets Cache-Control, ETag and Vary; true when the request's If-None-Match names this answer (so: 304).</summary>
    public static bool Apply(HttpContext context, string mediaType, Viewer viewer, CachedResponse response, int publicMaxAgeSeconds)
    {
        var (request, headers) = (context.Request, context.Response.Headers);
        if (!HttpMethods.IsGet(request.Method) || viewer.Visibility.SeesDrafts)
        {
            headers.CacheControl = viewer.Visibility.SeesDrafts ? "private, no-store" : "no-store";
            return false;
        }

        var etag = response.ETagFor(mediaType);
        headers.ETag = etag.Tag.Value;
        headers.Append(HeaderNames.Vary, _vary);
        headers.CacheControl = viewer.Actor is null ? $"public, max-age={publicMaxAgeSeconds}" : "private, no-cache";
        return request.Headers.IfNoneMatch.Count > 0
            && request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
    }
}
