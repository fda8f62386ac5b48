using Microsoft.Extensions.Options;
using Werkplaats.Graph.Core.Seed;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Commands;

/// <summary>
/// Maintenance commands run by the same host as the API, so they see the same configuration:
/// <c>dotnet run --project src/Werkplaats.Graph.Api -- seed</c> upserts graph-seed into the configured store;
/// <c>-- schema schema.graphql</c> writes the schema's SDL to that file;
/// <c>-- generate --lessons N --seed S --out file.db</c> writes a synthetic graph into a new file (<see cref="GenerateCommand"/>);
/// <c>-- token --actor &lt;key&gt;</c> prints a bearer token of the embedded issuer (see <see cref="TokenCommand"/>);
/// <c>-- copy --from sqlite --to neo4j</c> copies everything one store recorded into the other (see <see cref="CopyCommand"/>).
/// </summary>
public static class CommandExtensions
{
    /// <summary>Runs the command named in <paramref name="args"/>; false when there is none and the API should serve.</summary>
    public static async Task<bool> RunCommandAsync(this WebApplication app, string[] args)
    {
        switch (args)
        {
            case ["seed", ..]:
                await SeedAsync(app);
                return true;
            case ["schema", var path]:
                await File.WriteAllTextAsync(path, app.Services.PrintSchema());
                return true;
            case ["generate", .. var options]:
                Environment.ExitCode = await GenerateCommand.RunAsync(app.Configuration, options);
                return true;
            case ["copy", .. var options]:
                Environment.ExitCode = await CopyCommand.RunAsync(app.Configuration, options, Console.Out, Console.Error);
                return true;
            case ["token", .. var options]:
                Environment.ExitCode = await TokenCommand.RunAsync(app.Services, options, Console.Out, Console.Error);
                return true;
            default:
                return false;
        }
    }

    private static async Task SeedAsync(WebApplication app)
    {
        var store = app.Services.GetRequiredService<IGraphStore>();
        var options = app.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        await store.InitializeAsync(CancellationToken.None);
        var directory = SeedDirectory.Resolve(options.SeedDirectory);
        try
        {
            var result = await app.Services.GetRequiredService<GraphSeeder>().SeedAsync(directory, CancellationToken.None);
            await Console.Out.WriteLineAsync(
                $"Seeded from {directory}: {result.NodesCreated} nodes created, {result.NodesUpdated} updated, "
                + $"{result.RelationshipsCreated} relationships created.");
        }
        catch (SeedValidationException problem)
        {
            await Console.Error.WriteLineAsync(problem.Message);
            Environment.ExitCode = 1;
        }
    }
}
