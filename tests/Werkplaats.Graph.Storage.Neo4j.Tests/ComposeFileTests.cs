using System.Diagnostics;
using Werkplaats.Graph.Testing;
using YamlDotNet.RepresentationModel;

namespace Werkplaats.Graph.Storage.Neo4j.Tests;

/// <summary>
/// docker-compose.yml as docker-compose reads it (<c>config</c> needs no Docker engine; tests/needs/docker-compose.sh
/// installs it): Neo4j, Redis and the API, healthy before the API starts, the API built by a multi-stage Dockerfile
/// that runs as a non-root user.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string _composeFile = Path.Combine(RepositoryRoot.Path, "docker-compose.yml");

    [Fact]
    public void ComposeFile_Validates_WithThePasswordFromTheEnvironment()
    {
        var (exitCode, _, errors) = DockerCompose("config", "-q");

        Assert.True(exitCode == 0, errors);
    }

    [Fact]
    public void ComposeFile_WithoutAPassword_IsRefused()
    {
        var (exitCode, _, errors) = DockerCompose(withPassword: false, "config", "-q");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("NEO4J_PASSWORD", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeFile_ApiWaitsForHealthyNeo4jAndRedis_AndIsConfiguredForThem()
    {
        var services = (YamlMappingNode)Config()["services"];
        var api = (YamlMappingNode)services["api"];
        var environment = (YamlMappingNode)api["environment"];

        foreach (var dependency in new[] { "neo4j", "redis" })
        {
            Assert.Equal("service_healthy", ((YamlMappingNode)((YamlMappingNode)api["depends_on"])[dependency])["condition"].ToString());
            Assert.True(((YamlMappingNode)services[dependency]).Children.ContainsKey("healthcheck"), $"{dependency} has no healthcheck");
        }

        Assert.Equal("Neo4j", environment["Graph__Store"].ToString());
        Assert.Equal("http://neo4j:7474", environment["Neo4j__Uri"].ToString());
        Assert.Equal("redis:6379", environment["ConnectionStrings__Redis"].ToString());
        Assert.Matches(@"^neo4j:(5\.2[6-9]|20\d\d\.)", ((YamlMappingNode)services["neo4j"])["image"].ToString());
        Assert.Contains(((YamlSequenceNode)((YamlMappingNode)services["neo4j"])["volumes"]).Children, v => v.ToString().Contains("/data", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_IsMultiStage_AndRunsAsANonRootUser()
    {
        var build = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)Config()["services"])["api"])["build"];
        var lines = File.ReadAllLines(Path.Combine(build["context"].ToString(), build["dockerfile"].ToString()));

        Assert.True(lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)) >= 2, "The Dockerfile has one stage.");
        var user = Assert.Single(lines, l => l.StartsWith("USER ", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"^USER\s+(root|0)\b", user);
    }

    private static YamlMappingNode Config()
    {
        var (exitCode, output, errors) = DockerCompose("config");
        Assert.True(exitCode == 0, errors);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(output));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static (int ExitCode, string Output, string Errors) DockerCompose(params string[] args) => DockerCompose(true, args);

    private static (int ExitCode, string Output, string Errors) DockerCompose(bool withPassword, params string[] args)
    {
        var start = new ProcessStartInfo("docker-compose", ["-f", _composeFile, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        start.Environment.Remove("NEO4J_PASSWORD");
        if (withPassword)
        {
            start.Environment["NEO4J_PASSWORD"] = "a-test-password";
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("docker-compose did not start: run `bash tests/needs/docker-compose.sh`.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors);
    }
}
