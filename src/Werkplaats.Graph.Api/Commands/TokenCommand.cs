using Microsoft.Extensions.Options;
using Werkplaats.Graph.Core.Access;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Commands;

/// <summary>
/// <c>token --actor &lt;actor-key&gt; [--name "Person Name"] [--days 30]</c>: prints a bearer token of the embedded
/// issuer for an actor of the graph, so a new user can try the API as that actor in minutes.
/// </summary>
public static class TokenCommand
{
    public const int DefaultDays = 30;

    private const string Usage = "Usage: token --actor <actor-key> [--name \"Person Name\"] [--days 30]";

    /// <summary>Writes the token to <paramref name="output"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var issuer = services.GetService<EmbeddedIssuer>();
        if (issuer is null)
        {
            var authority = services.GetRequiredService<IOptions<AuthOptions>>().Value.Authority;
            await error.WriteLineAsync($"Auth:Authority is set ({authority}): tokens come from that provider, not from this command.");
            return 1;
        }

        if (!TryParse(args, out var actorKey, out var personName, out var days))
        {
            await error.WriteLineAsync(Usage);
            return 1;
        }

        ActorAccess? access;
        try
        {
            await services.GetRequiredService<GraphStoreInitializer>().InitializeAndSeedAsync(CancellationToken.None);
            using var scope = services.CreateScope();
            access = await scope.ServiceProvider.GetRequiredService<ActorAccessReader>().ReadAsync(actorKey, CancellationToken.None);
        }
        catch (GraphStoreException problem)
        {
            await error.WriteLineAsync($"The graph store could not be read: {problem.Message}");
            return 1;
        }

        if (access is null)
        {
            await error.WriteLineAsync(
                $"There is no actor '{actorKey}' in the graph. Start the API and ask it for the keys: "
                + "{ actors(first: 100) { nodes { key name } } }");
            return 1;
        }

        var now = DateTime.UtcNow;
        await output.WriteLineAsync(issuer.CreateToken(actorKey, personName, now, now.AddDays(days)));
        return 0;
    }

    private static bool TryParse(IReadOnlyList<string> args, out string actorKey, out string? personName, out int days)
    {
        (actorKey, personName, days) = ("", null, DefaultDays);
        if (args.Count % 2 != 0)
        {
            return false;
        }

        for (var index = 0; index < args.Count; index += 2)
        {
            var value = args[index + 1];
            switch (args[index])
            {
                case "--actor":
                    actorKey = value;
                    break;
                case "--name":
                    personName = value;
                    break;
                case "--days" when int.TryParse(value, out var parsed) && parsed > 0:
                    days = parsed;
                    break;
                default:
                    return false;
            }
        }

        return actorKey.Length > 0;
    }
}
