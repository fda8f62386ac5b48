namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>
/// Waits for a server process to get somewhere (started, connected, degraded) by asking a bounded number of times:
/// waiting, never a timed assertion.
/// </summary>
public static class Poll
{
    private const int Attempts = 600;
    private static readonly TimeSpan _interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Returns once <paramref name="condition"/> holds; fails with <paramref name="failure"/> when it never does.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, Func<string> failure)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(_interval);
        }

        throw new InvalidOperationException(failure());
    }

    /// <inheritdoc cref="UntilAsync"/>
    public static void Until(Func<bool> condition, string failure) =>
        UntilAsync(() => Task.FromResult(condition()), () => failure).GetAwaiter().GetResult();
}
