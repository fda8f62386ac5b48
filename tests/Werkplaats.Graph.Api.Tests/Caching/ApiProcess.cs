using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>
/// The built API as an operating system process of its own (<c>dotnet Werkplaats.Graph.Api.dll</c>, as deployed), on a
/// free loopback port, in the "Testing" environment, with the given settings. It keeps every line the process writes
/// (console logs, one line per entry), so tests can read what it logged, and is killed with its whole tree on dispose.
/// </summary>
public sealed partial class ApiProcess : IDisposable
{
    private const string AssemblyName = "Werkplaats.Graph.Api";

    private readonly Process _process;
    // Every line of standard output and error, in the order they arrived.
    private readonly ConcurrentQueue<string> _output = new();
    private readonly SocketsHttpHandler _connections = new();

    /// <summary>Starts the API and returns once it listens; fails with its output if it stops or never listens.</summary>
    /// <param name="settings">Configuration by key (e.g. <c>ConnectionStrings:Graph</c>), passed as environment variables.</param>
    /// <param name="workingDirectory">The process's working directory, so relative paths never land in the repository.</param>
    public ApiProcess(IReadOnlyDictionary<string, string> settings, string workingDirectory)
    {
        var start = new ProcessStartInfo(DotnetHost, [BuiltAssembly])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in DefaultSettings.Concat(settings))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {BuiltAssembly} did not start.");
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        Uri? address = null;
        try
        {
            WaitUntilAsync(() => Task.FromResult((address = ListeningAddress()) is not null), "The API never said where it listens")
                .GetAwaiter().GetResult();
        }
        catch
        {
            Dispose(); // nobody else can end a process whose start failed
            throw;
        }

        Address = address!;
    }

    /// <summary>Where the API listens, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public Uri Address { get; }

    /// <summary>
    /// The API's own build output for the configuration of these tests (what <c>dotnet build</c> of the test project, or
    /// the Release build of tests/run.sh, produced), run as it is deployed: its settings file next to it.
    /// </summary>
    public static string BuiltAssembly
    {
        get
        {
            var configuration = typeof(ApiProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
            var targetFramework = new DirectoryInfo(AppContext.BaseDirectory).Name;
            var path = Path.Combine(RepositoryRoot.Path, "src", AssemblyName, "bin", configuration, targetFramework, $"{AssemblyName}.dll");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"The API is not built at {path}: run 'dotnet build src/{AssemblyName} -c {configuration}'.", path);
        }
    }

    /// <summary>
    /// As <see cref="ApiFactory"/> sets them: the "Testing" environment and a rate limit no test reaches. The port is the
    /// system's choice (no race for a free one), console logs one line per entry without colours.
    /// </summary>
    private static Dictionary<string, string> DefaultSettings => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Testing",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        ["RateLimiting:PermitLimit"] = "1000000",
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
        ["Logging:Console:FormatterOptions:ColorBehavior"] = "Disabled",
    };

    /// <summary>The dotnet host that runs these tests, so the API runs on the same SDK's runtime.</summary>
    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>A client of this process; its connections are pooled per process and closed on dispose.</summary>
    public HttpClient CreateClient() => new(_connections, disposeHandler: false) { BaseAddress = Address };

    /// <summary>Whether the process logged a line at <paramref name="level"/> (e.g. <c>warn</c>, <c>info</c>) that contains <paramref name="text"/>.</summary>
    public bool Logged(string level, string text) =>
        _output.Any(line => line.StartsWith($"{level}: ", StringComparison.Ordinal) && line.Contains(text, StringComparison.Ordinal));

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds; fails with this process's output otherwise, or as soon as it stops.</summary>
    public Task WaitUntilAsync(Func<Task<bool>> condition, string failure) =>
        Poll.UntilAsync(
            async () => _process.HasExited ? throw Stopped() : await condition(),
            () => $"{failure}. {Report()}");

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        _process.Dispose();
        _connections.Dispose();
    }

    private InvalidOperationException Stopped()
    {
        _process.WaitForExit(); // until its last lines are read
        return new InvalidOperationException($"The API stopped (exit code {_process.ExitCode}). {Report()}");
    }

    private string Report() => $"Its output:\n{string.Join('\n', _output)}";

    private Uri? ListeningAddress() =>
        _output.Select(line => ListeningLine().Match(line)).FirstOrDefault(match => match.Success) is { } match
            ? new Uri(match.Groups["address"].Value)
            : null;

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://\S+)")]
    private static partial Regex ListeningLine();
}
