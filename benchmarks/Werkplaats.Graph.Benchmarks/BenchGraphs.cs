using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Core.Generation;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite;

namespace Werkplaats.Graph.Benchmarks;

/// <summary>
/// The generated graphs the benchmarks read: one SQLite file per size in the git-ignored <c>data/bench/</c> of the
/// repository, generated once (seed <see cref="Seed"/>) and reused by every later run.
/// </summary>
public static class BenchGraphs
{
    public const int Seed = 42;

    public static string PathOf(int lessons) => Path.Combine(RepositoryRoot(), "data", "bench", $"lessons-{lessons}.db");

    public static string ConnectionStringOf(int lessons) =>
        new SqliteConnectionStringBuilder { DataSource = PathOf(lessons) }.ToString();

    /// <summary>
    /// Generates the file for <paramref name="lessons"/> unless it is there, and initializes it as the API does on start,
    /// so a file made by an older version gains what this one keeps (e.g. the lesson counts) before it is measured.
    /// </summary>
    public static async Task EnsureAsync(int lessons)
    {
        var exists = File.Exists(PathOf(lessons));
        await Console.Out.WriteLineAsync($"{(exists ? "Initializing" : "Generating")} {PathOf(lessons)} ...");
        await using var services = Open(lessons);
        var store = services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(CancellationToken.None);
        if (!exists)
        {
            await store.ImportAsync(GraphGenerator.Generate(lessons, Seed), CancellationToken.None);
        }
    }

    /// <summary>The store on the file of <paramref name="lessons"/>, as the API registers it.</summary>
    public static ServiceProvider Open(int lessons) =>
        new ServiceCollection().AddSqliteGraphStore(ConnectionStringOf(lessons)).BuildServiceProvider();

    /// <summary>BenchmarkDotNet runs each case from a folder under bin/, so the root is found by walking up.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Werkplaats.Graph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Werkplaats.Graph.sln not found above the benchmark's folder.");
    }
}
