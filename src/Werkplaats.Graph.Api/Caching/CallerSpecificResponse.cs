namespace Werkplaats.Graph.Api.Caching;

/// <summary>
/// Per request: set by resolvers whose answer is about the caller itself (who you are), not about the graph as your
/// visibility shows it. Such a response is never shared through the cache, and HTTP caches are told not to store it.
/// </summary>
public sealed class CallerSpecificResponse
{
    public bool IsCallerSpecific { get; private set; }

    public void Mark() => IsCallerSpecific = true;
}
