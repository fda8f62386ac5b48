using System.ComponentModel.DataAnnotations;

namespace Werkplaats.Graph.Api.Caching;

/// <summary>The <c>Caching</c> configuration section: the response cache and what HTTP caches are told.</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>Whether query responses are cached at all (in memory, and in Redis with <c>ConnectionStrings:Redis</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a response stays in the shared cache (Redis). Writes never wait for it: keys carry the data version.</summary>
    [Range(1, 86_400)]
    public int ExpirationSeconds { get; set; } = 600;

    /// <summary>How long a response stays in an instance's own memory.</summary>
    [Range(1, 86_400)]
    public int LocalExpirationSeconds { get; set; } = 60;

    /// <summary>
    /// The <c>max-age</c> of public GET responses: how long browsers and CDNs may show an answer without asking again
    /// (with its ETag, asking again costs a 304). A write shows on partner sites at most this much later; 0 asks every time.
    /// </summary>
    [Range(0, 86_400)]
    public int PublicMaxAgeSeconds { get; set; } = 30;

    /// <summary>
    /// How many bytes of answers an instance keeps by exact request (query string or body), answered before anything is
    /// parsed; answers beyond it are still found by document in the shared cache. 0 turns this layer off.
    /// </summary>
    [Range(0, 1_073_741_824)]
    public long ExactRequestBytes { get; set; } = 33_554_432;

    /// <summary>Responses larger than this are not cached.</summary>
    [Range(1_024, 16_777_216)]
    public int MaximumResponseBytes { get; set; } = 1_048_576;
}
