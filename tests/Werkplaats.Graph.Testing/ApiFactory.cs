using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Werkplaats.Graph.Testing;

/// <summary>
/// The API as it runs: a real SQLite file in a fresh temporary folder (deleted on dispose) and the repository's
/// graph-seed, in the "Testing" environment (so no exception details), with the embedded issuer's signing key in the
/// same folder. Shared per test class through IClassFixture.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public ApiFactory() => TempDirectory = Directory.CreateTempSubdirectory("werkplaats-graph-").FullName;

    /// <summary>The folder that holds this factory's database; deleted with the factory.</summary>
    protected string TempDirectory { get; }

    protected virtual string ConnectionString => $"Data Source={Path.Combine(TempDirectory, "graph.db")}";

    /// <summary>
    /// Every row of every table of the store file, in a fixed order: two equal snapshots mean nothing at all was
    /// written in between (nodes, relationships, search text, audit trail, idempotency keys, change log).
    /// </summary>
    public string StoreSnapshot()
    {
        _ = Server; // starts the API, which creates and seeds the store
        using var connection = new SqliteConnection($"{ConnectionString};Mode=ReadOnly");
        connection.Open();
        var text = new StringBuilder();
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            using var rows = connection.CreateCommand();
#pragma warning disable CA2100 // The table names come from the file's own catalogue.
            rows.CommandText = $"SELECT * FROM \"{name}\"";
#pragma warning restore CA2100
            using var reader = rows.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read())
            {
                lines.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
                {
                    DBNull => "null",
                    byte[] bytes => Convert.ToHexString(bytes),
                    var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                })));
            }

            text.Append(name).Append('\n').AppendJoin('\n', lines.Order(StringComparer.Ordinal)).Append('\n');
        }

        return text.ToString();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Graph", ConnectionString);
        builder.UseSetting("Graph:SeedDirectory", SeedGraph.Directory);
        builder.UseSetting("Auth:SigningKeyPath", Path.Combine(TempDirectory, "signing-key"));
        // Every request of a test host comes from one address; tests of the rate limit set their own.
        builder.UseSetting("RateLimiting:PermitLimit", "1000000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(TempDirectory))
        {
            Directory.Delete(TempDirectory, recursive: true);
        }
    }
}
