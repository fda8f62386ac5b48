using Werkplaats.Graph.Core.Access;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Api.GraphQL.Loading;

/// <summary>
/// Who is asking, resolved once per request from the bearer token: the actor of the graph (null for the public),
/// the person's name when the token gives one (for the audit trail), what the caller may read and what it may write.
/// </summary>
public sealed record Viewer(Actor? Actor, string? Name, Visibility Visibility, WriteAccess Write)
{
    /// <summary>A caller without a token: published knowledge only, no writes.</summary>
    public static readonly Viewer Anonymous = new(null, null, Visibility.Public, WriteAccess.None);

    /// <summary>The caller as the writes see it; null for the public, which may not write.</summary>
    public Editor? Editor => Actor is null ? null : new Editor(new ChangeAuthor(Actor.Key, Name), Write, Visibility);
}
