using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Loading;

/// <summary>
/// Who is asking, resolved once per request from the bearer token: the actor of the graph (null for the public),
/// the person's name when the token gives one (for the audit trail), and what the caller may read.
/// </summary>
public sealed record Viewer(Actor? Actor, string? Name, Visibility Visibility)
{
    /// <summary>A caller without a token: published knowledge only.</summary>
    public static readonly Viewer Anonymous = new(null, null, Visibility.Public);
}
