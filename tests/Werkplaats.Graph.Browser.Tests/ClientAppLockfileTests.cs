using System.Text.Json;

namespace Werkplaats.Graph.Browser.Tests;

/// <summary>The pages' npm packages are pinned: exact versions, a lockfile that names no registry host.</summary>
public sealed class ClientAppLockfileTests
{
    private static readonly string _clientApp = Path.Combine(RepositoryRoot.Path, "src", "Werkplaats.Graph.Api", "ClientApp");

    [Fact]
    public void PackageJson_PinsEveryDependency_ToAnExactVersion()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(_clientApp, "package.json")));
        var versions = new[] { "dependencies", "devDependencies" }
            .SelectMany(section => package.RootElement.GetProperty(section).EnumerateObject())
            .ToList();

        Assert.NotEmpty(versions);
        Assert.All(versions, dependency => Assert.Matches(@"^\d+\.\d+\.\d+$", dependency.Value.GetString()));
    }

    [Fact]
    public void Lockfile_RecordsNoResolvedUrls_AndMatchesPackageJson()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(_clientApp, "package.json")));
        var lockText = File.ReadAllText(Path.Combine(_clientApp, "package-lock.json"));
        using var lockfile = JsonDocument.Parse(lockText);

        var packages = lockfile.RootElement.GetProperty("packages").EnumerateObject().ToList();
        Assert.DoesNotContain(packages, p => p.Value.TryGetProperty("resolved", out _));
        Assert.All(packages.Where(p => p.Name.Length > 0), p => Assert.True(p.Value.TryGetProperty("integrity", out _) || p.Value.TryGetProperty("link", out _), p.Name));
        foreach (var dependency in package.RootElement.GetProperty("dependencies").EnumerateObject())
        {
            var locked = lockfile.RootElement.GetProperty("packages").GetProperty($"node_modules/{dependency.Name}");
            Assert.Equal(dependency.Value.GetString(), locked.GetProperty("version").GetString());
        }
    }
}
