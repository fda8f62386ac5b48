using StackExchange.Redis;

namespace Werkplaats.Graph.Api.Caching;

/// <summary>
/// The one connection to Redis, the shared second level of the response cache. It never fails the API: it connects in
/// the background, reconnects by itself after Redis went away, and says why it is down (for readiness and the logs).
/// Timeouts are short, so a Redis that hangs costs a request at most about a second before the guard skips it.
/// </summary>
public sealed partial class RedisConnection : IHostedService, IAsyncDisposable
{
    private const int ShortTimeoutMilliseconds = 1_000;
    private readonly ILogger<RedisConnection> _logger;
    private readonly Task<ConnectionMultiplexer> _connecting;
    private string _problem = "connecting";

    public RedisConnection(string connectionString, ILogger<RedisConnection> logger)
    {
        _logger = logger;
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectRetry = 1;
        configuration.ConnectTimeout = Math.Min(configuration.ConnectTimeout, 2 * ShortTimeoutMilliseconds);
        configuration.SyncTimeout = Math.Min(configuration.SyncTimeout, ShortTimeoutMilliseconds);
        configuration.AsyncTimeout = Math.Min(configuration.AsyncTimeout, ShortTimeoutMilliseconds);
        Endpoint = string.Join(", ", configuration.EndPoints.Select(e => e.ToString()));
        _connecting = ConnectAsync(configuration);
    }

    /// <summary>Where Redis is expected (host:port), for messages; never the password.</summary>
    public string Endpoint { get; }

    /// <summary>Whether Redis answers now; while false the cache uses this instance's memory only.</summary>
    public bool IsConnected => _connecting.IsCompletedSuccessfully && _connecting.Result.IsConnected;

    /// <summary>Why Redis is not used now, e.g. "SocketFailure"; null while it is.</summary>
    public string? Problem => IsConnected ? null : _problem;

    /// <summary>The connection, for the distributed cache; it waits for the first connect attempt only.</summary>
    public Task<ConnectionMultiplexer> GetAsync() => _connecting;

    private async Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions configuration)
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
        multiplexer.ConnectionFailed += (_, failure) =>
        {
            _problem = failure.FailureType.ToString();
            LogRedisDown(Endpoint, failure.FailureType, failure.Exception?.Message);
        };
        multiplexer.ConnectionRestored += (_, _) => LogRedisBack(Endpoint);
        if (!multiplexer.IsConnected)
        {
            _problem = "not reachable";
            LogRedisDown(Endpoint, ConnectionFailureType.UnableToConnect, null);
        }

        return multiplexer;
    }

    /// <summary>Registered as a hosted service only so that it starts connecting when the host starts, not on first use.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_connecting.IsCompletedSuccessfully)
        {
            await _connecting.Result.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis at {Endpoint} is down ({Failure}: {Reason}); responses are cached in this instance's memory only until it is back")]
    private partial void LogRedisDown(string endpoint, ConnectionFailureType failure, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis at {Endpoint} is back; responses are shared through it again")]
    private partial void LogRedisBack(string endpoint);
}
