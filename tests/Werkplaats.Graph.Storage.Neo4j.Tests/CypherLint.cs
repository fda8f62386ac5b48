using System.Diagnostics;
using System.Text.Json;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Storage.Neo4j.Cypher;
using Werkplaats.Graph.Testing;

namespace Werkplaats.Graph.Storage.Neo4j.Tests;

/// <summary>
/// Runs cypher-lint/lint.cjs (Neo4j's parser and semantic analysis from @neo4j-cypher/language-support, installed by
/// tests/needs/cypher-lint.sh) over statements, as CYPHER 5 and as CYPHER 25, against the graph's labels, types and
/// property keys.
/// </summary>
internal static class CypherLint
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private static readonly string _folder = Path.Combine(RepositoryRoot.Path, "tests", "Werkplaats.Graph.Storage.Neo4j.Tests", "cypher-lint");

    public sealed record Problem(string Name, string Version, int Severity, string Message)
    {
        public override string ToString() => $"{Name} (CYPHER {Version}): {Message}";
    }

    public static IReadOnlyList<Problem> Run(IEnumerable<CypherStatement> statements)
    {
        if (!Directory.Exists(Path.Combine(_folder, "node_modules", "@neo4j-cypher")))
        {
            throw new InvalidOperationException("The Cypher linter is not installed: run `bash tests/needs/cypher-lint.sh`.");
        }

        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, JsonSerializer.Serialize(new
            {
                schema = new { labels = Labels, relationshipTypes = Types, propertyKeys = PropertyKeys },
                statements = statements.Select(s => new { name = s.Name, text = s.Text, parameters = s.Parameters.Keys }),
            }));
            using var node = Process.Start(new ProcessStartInfo("node", ["lint.cjs", input])
            {
                WorkingDirectory = _folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEnd();
            node.WaitForExit();
            if (node.ExitCode != 0)
            {
                throw new InvalidOperationException($"The Cypher linter failed: {errors}");
            }

            return JsonSerializer.Deserialize<List<Problem>>(output.Result, _json)!;
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>The kinds, and the adapter's own: idempotency keys, the data version, the change log and its counter.</summary>
    private static IEnumerable<string> Labels =>
        Enum.GetNames<NodeKind>().Concat(["IdempotencyKey", "DataVersion", "ChangeLogEntry", "ChangeLogCounter"]);

    private static IEnumerable<string> Types => Enum.GetValues<RelationshipType>().Select(RelationshipSchema.GraphName);

    /// <summary>
    /// The node properties of every kind, the audit, idempotency, data version and change log properties, the
    /// relationship properties.
    /// </summary>
    private static IEnumerable<string> PropertyKeys =>
        NodeProperties.From(ContractGraphSample).Keys
            .Concat(["createdBy", "createdByName", "createdAt", "changedBy", "changedByName", "changedAt"])
            .Concat(["id", "actor", "result"])
            .Concat(["store", "number", "last", "sequence", "at", "actorName", "operation", "changes"])
            .Concat(["from", "to", "props"]) // the keys of UNWIND rows
            .Concat(NodeProperties.From(new Relationship(RelationshipType.Involves, default, default)).Keys);

    private static GraphNode ContractGraphSample => Contract.ContractGraph.Nodes[0];
}
