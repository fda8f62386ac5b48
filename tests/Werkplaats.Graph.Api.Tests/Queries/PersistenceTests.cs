using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Core.Seed;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Tests.Queries;

/// <summary>An API on a database file that outlives it, so a test can stop the API and start it again.</summary>
public sealed class FileApiFactory(string databasePath, string seedDirectory, bool seedOnStart = true) : ApiFactory
{
    protected override string ConnectionString => $"Data Source={databasePath}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Graph:SeedDirectory", seedDirectory);
        builder.UseSetting("Graph:SeedOnStart", seedOnStart.ToString());
    }
}

/// <summary>Data survives restarts, re-seeding changes nothing, and a broken seed writes nothing.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("werkplaats-persistence-");

    private string DatabasePath => Path.Combine(_folder.FullName, "graph.db");

    public void Dispose() => _folder.Delete(recursive: true);

    private const string Counts = "{ issues { totalCount } actors { totalCount } practices { totalCount } lessons { totalCount } }";

    [Fact]
    public async Task StopAndStartAgain_KeepsTheDataWithoutDuplicates()
    {
        string before;
        using (var first = new FileApiFactory(DatabasePath, SeedGraph.Directory))
        {
            before = (await first.CreateClient().QueryDataAsync(Counts)).ToString();
        }

        using var second = new FileApiFactory(DatabasePath, SeedGraph.Directory);
        var after = (await second.CreateClient().QueryDataAsync(Counts)).ToString();

        Assert.Equal(before, after);
        Assert.True(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task SeedingAgain_ChangesNothing()
    {
        using var factory = new FileApiFactory(DatabasePath, SeedGraph.Directory);
        var seeder = factory.Services.GetRequiredService<GraphSeeder>();

        var again = await seeder.SeedAsync(SeedGraph.Directory, CancellationToken.None);

        Assert.True(again.ChangedNothing, again.ToString());
    }

    [Fact]
    public async Task BrokenSeed_IsReportedWithFileAndLine_AndLeavesTheDatabaseUntouched()
    {
        using var factory = new FileApiFactory(DatabasePath, SeedGraph.Directory);
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var before = await store.GetStatusAsync(CancellationToken.None);
        var broken = CopySeedWithProblems();

        var problem = await Assert.ThrowsAsync<SeedValidationException>(
            () => factory.Services.GetRequiredService<GraphSeeder>().SeedAsync(broken, CancellationToken.None));

        Assert.Contains(problem.Problems, p => p.File == "lessons/extra.yaml" && p.Line == 3);
        Assert.Contains(problem.Problems, p => p.File == "lessons/extra.yaml" && p.Message.Contains("SOCIAL_COHESIE", StringComparison.Ordinal));
        Assert.Equal(before, await store.GetStatusAsync(CancellationToken.None));
    }

    [Fact]
    public async Task BrokenSeedOnFirstStart_StopsTheApiWithTheProblems_AndWritesNothing()
    {
        using (var factory = new FileApiFactory(DatabasePath, CopySeedWithProblems()))
        {
            var problem = Assert.ThrowsAny<SeedValidationException>(() => factory.CreateClient());
            Assert.NotEmpty(problem.Problems);
        }

        using var unseeded = new FileApiFactory(DatabasePath, SeedGraph.Directory, seedOnStart: false);
        var status = await unseeded.Services.GetRequiredService<IGraphStore>().GetStatusAsync(CancellationToken.None);
        Assert.Equal(0, status.NodeCount);
    }

    private string CopySeedWithProblems()
    {
        var copy = Path.Combine(_folder.FullName, "broken-seed");
        foreach (var file in Directory.EnumerateFiles(SeedGraph.Directory, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(SeedGraph.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(copy, "lessons", "extra.yaml"), """
            lessons:
              - key: nieuwe-les
                titel: "een veld dat niet bestaat"
                summary: "..."
                scope: LOCAL
                evidence: PRACTICE
                learnedOn: 2024-02-30
                practices: [bestaat-niet]
                conditions: [SOCIAL_COHESIE]
                levels: [NEIGHBOURHOOD]
            """);
        return copy;
    }
}
