using System.Collections.Concurrent;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Caching;

/// <summary>
/// The response cache's first layer, in this instance's memory: answers by the exact request (a GET's query string or
/// a POST's body, with the caller's visibility), so a partner page asking the same URL again is answered before
/// anything is parsed. Holds one data version's answers at a time: the first answer remembered for a newer version
/// (or after <c>lifetime</c>) starts an empty generation, so nothing answered before a write is found after it. Bounded
/// by the bytes of the keys and bodies it holds; beyond that, requests go on to the second layer (HybridCache).
/// </summary>
public sealed class ExactRequestAnswers(long capacityBytes, TimeSpan lifetime, TimeProvider time)
{
    private Generation _current = new(null, 0);

    /// <summary>The answer remembered for <paramref name="key"/> at <paramref name="version"/>, if any.</summary>
    public CachedResponse? Find(DataVersion version, string key)
    {
        var generation = Volatile.Read(ref _current);
        return generation.Version == version && !IsExpired(generation) && generation.Answers.TryGetValue(key, out var answer)
            ? answer
            : null;
    }

    /// <summary>Remembers an answer given at <paramref name="version"/>; ignored when full, or when the version is older than the one held.</summary>
    public void Remember(DataVersion version, string key, CachedResponse answer)
    {
        var bytes = answer.Body.Length + (key.Length * sizeof(char));
        if (capacityBytes == 0 || CurrentFor(version) is not { } generation || !generation.TryReserve(bytes, capacityBytes))
        {
            return;
        }

        if (!generation.Answers.TryAdd(key, answer))
        {
            generation.Release(bytes);
        }
    }

    private Generation? CurrentFor(DataVersion version)
    {
        var held = Volatile.Read(ref _current);
        if (held.Version == version && !IsExpired(held))
        {
            return held;
        }

        // A request that read the version just before a write finishes after one that read it just after: keep the newer.
        if (held.Version is { } newer && newer.Store == version.Store && newer.Number > version.Number && !IsExpired(held))
        {
            return null;
        }

        var fresh = new Generation(version, time.GetTimestamp());
        var won = Interlocked.CompareExchange(ref _current, fresh, held);
        return ReferenceEquals(won, held) ? fresh : won.Version == version ? won : null;
    }

    private bool IsExpired(Generation generation) => time.GetElapsedTime(generation.StartedAt) > lifetime;

    private sealed class Generation(DataVersion? version, long startedAt)
    {
        private long _bytes;

        public DataVersion? Version { get; } = version;

        public long StartedAt { get; } = startedAt;

        public ConcurrentDictionary<string, CachedResponse> Answers { get; } = new(StringComparer.Ordinal);

        public bool TryReserve(int bytes, long capacity)
        {
            if (Interlocked.Add(ref _bytes, bytes) <= capacity)
            {
                return true;
            }

            Release(bytes);
            return false;
        }

        public void Release(int bytes) => Interlocked.Add(ref _bytes, -bytes);
    }
}
