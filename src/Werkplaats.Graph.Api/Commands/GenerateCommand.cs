using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Werkplaats.Graph.Core.Generation;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite;

namespace Werkplaats.Graph.Api.Commands;

/// <summary>
/// <c>generate --lessons 100000 --seed 42 --out data/bench-100k.db [--force]</c>: writes a synthetic graph
/// (<see cref="GraphGenerator"/>) into a new SQLite file for scale tests and benchmarks. It never writes the configured
/// store: it refuses that path, and refuses an existing file unless <c>--force</c> replaces it.
/// </summary>
public static class GenerateCommand
{
    private const string Usage = "usage: generate --lessons <count> --seed <number> --out <file.db> [--force]";

    /// <summary>Runs the command; the exit code is 0 on success, 2 on bad arguments or a refused path.</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, IReadOnlyList<string> args)
    {
        if (Parse(args) is not { } options)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        if (Refusal(configuration, options) is { } refusal)
        {
            await Console.Error.WriteLineAsync(refusal);
            return 2;
        }

        DeleteDatabase(options.Out);
        var clock = Stopwatch.StartNew();
        var snapshot = GraphGenerator.Generate(options.Lessons, options.Seed);
        var generated = clock.Elapsed;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = options.Out }.ToString();
        await using (var services = new ServiceCollection().AddSqliteGraphStore(connectionString).BuildServiceProvider())
        {
            var store = services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(CancellationToken.None);
            var result = await store.ImportAsync(snapshot, CancellationToken.None);
            await Console.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Generated {options.Lessons} lessons (seed {options.Seed}) into {options.Out}: {result.NodesCreated} nodes, "
                + $"{result.RelationshipsCreated} relationships; generating {generated.TotalSeconds:F1} s, "
                + $"importing {(clock.Elapsed - generated).TotalSeconds:F1} s."));
        }

        SqliteConnection.ClearAllPools();
        return 0;
    }

    private static GenerateOptions? Parse(IReadOnlyList<string> args)
    {
        int? lessons = null, seed = null;
        string? output = null;
        var force = false;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--lessons" when int.TryParse(value, CultureInfo.InvariantCulture, out var count):
                    lessons = count;
                    i++;
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var number):
                    seed = number;
                    i++;
                    break;
                case "--out" when !string.IsNullOrWhiteSpace(value):
                    output = value;
                    i++;
                    break;
                case "--force":
                    force = true;
                    break;
                default:
                    return null;
            }
        }

        return lessons >= GraphProportions.MinLessons && seed is { } s && output is not null
            ? new GenerateOptions(lessons.Value, s, output, force)
            : null;
    }

    private static string? Refusal(IConfiguration configuration, GenerateOptions options)
    {
        var configured = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Graph") ?? "").DataSource;
        if (!string.IsNullOrEmpty(configured) && SamePath(configured, options.Out))
        {
            return $"{options.Out} is the configured graph store (ConnectionStrings:Graph); generate into another file.";
        }

        return File.Exists(options.Out) && !options.Force
            ? $"{options.Out} exists; pass --force to replace it."
            : null;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    /// <summary>A replaced database goes with its WAL and shared-memory files, or SQLite would replay the old WAL.</summary>
    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, $"{path}-wal", $"{path}-shm" })
        {
            File.Delete(file);
        }
    }

    private sealed record GenerateOptions(int Lessons, int Seed, string Out, bool Force);
}
