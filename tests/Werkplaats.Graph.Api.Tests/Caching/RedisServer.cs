using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>
/// A real redis-server of the test's own, on a free loopback port, without persistence; stopped and started again by
/// its process id, on the same port, to see what the API does while Redis is away. Installed by tests/needs/redis.sh.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private const string Executable = "redis-server";
    private Process? _process;

    public RedisServer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Start();
    }

    public int Port { get; }

    /// <summary>The API's <c>ConnectionStrings:Redis</c> for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public void Start()
    {
        var startInfo = new ProcessStartInfo(Executable)
        {
            ArgumentList = { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        try
        {
            _process = Process.Start(startInfo);
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            throw new InvalidOperationException($"No {Executable} to start: run 'bash tests/needs/redis.sh'.", missing);
        }

        _process!.BeginOutputReadLine();
        Poll.Until(() => Answers(), "redis-server did not accept connections");
    }

    /// <summary>Ends the server process (by its id) and waits until the port is closed.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
        Poll.Until(() => !Answers(), "redis-server kept its port open");
    }

    public void Dispose() => Stop();

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
