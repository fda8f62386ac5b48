using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Neo4j.Cypher;
using Werkplaats.Graph.Storage.Neo4j.Http;

namespace Werkplaats.Graph.Storage.Neo4j;

/// <summary>
/// The import: one explicit transaction of batched <c>UNWIND ... MERGE</c> statements (nodes per kind, relationships
/// per type and kinds), then the ABOUT derivation and, when anything changed, the data version, so a snapshot gets in
/// whole or not at all. Upserts are idempotent, so a transient failure runs the whole import again.
/// </summary>
internal sealed partial class Neo4jGraphStore
{
    public Task<ImportResult> ImportAsync(GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (snapshot.Relationships.FirstOrDefault(r => RelationshipSchema.IsDerived(r.Type)) is { } derived)
        {
            throw new ArgumentException(
                $"{RelationshipSchema.GraphName(derived.Type)} is derived by the store and cannot be imported.", nameof(snapshot));
        }

        return client.RetryAsync(() => ImportOnceAsync(snapshot, cancellationToken), cancellationToken);
    }

    private async Task<ImportResult> ImportOnceAsync(GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(options.Value.BatchSize, 1);
        await using var transaction = await client.BeginAsync(cancellationToken);
        long nodesCreated = 0, nodesUpdated = 0, relationshipsCreated = 0, relationshipsUpdated = 0;
        var nodes = snapshot.Nodes.GroupBy(n => n.Ref).Select(g => g.Last());
        foreach (var kind in nodes.GroupBy(n => n.Kind))
        {
            foreach (var batch in kind.Chunk(batchSize))
            {
                var counts = await SingleRowAsync(
                    transaction, CypherCatalogue.ImportNodes(kind.Key, [.. batch.Select(NodeProperties.From)]), cancellationToken);
                nodesCreated += counts.Long("created");
                nodesUpdated += counts.Long("updated");
            }
        }

        var relationships = snapshot.Relationships.GroupBy(r => (r.Type, r.From, r.To)).Select(g => g.Last());
        foreach (var group in relationships.GroupBy(r => (r.Type, From: r.From.Kind, To: r.To.Kind)))
        {
            foreach (var batch in group.Chunk(batchSize))
            {
                var counts = await SingleRowAsync(
                    transaction,
                    CypherCatalogue.ImportRelationships(group.Key.Type, group.Key.From, group.Key.To, [.. batch.Select(RelationshipRow)]),
                    cancellationToken);
                if (counts.Long("matched") < batch.Length)
                {
                    throw new GraphStoreException(
                        StoreErrorKind.NotFound,
                        $"A {RelationshipSchema.GraphName(group.Key.Type)} relationship refers to a node that is neither in the snapshot nor in the store.");
                }

                relationshipsCreated += counts.Long("created");
                relationshipsUpdated += counts.Long("updated");
            }
        }

        await transaction.RunAsync(CypherCatalogue.DeriveAbout(), cancellationToken);
        if (nodesCreated + nodesUpdated + relationshipsCreated + relationshipsUpdated > 0)
        {
            await transaction.RunAsync(CypherCatalogue.MoveDataVersionOn(), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ImportResult((int)nodesCreated, (int)nodesUpdated, (int)relationshipsCreated, (int)relationshipsUpdated);
    }

    /// <summary>A relationship as an UNWIND row: its ends' keys and its properties.</summary>
    private static Dictionary<string, object?> RelationshipRow(Relationship relationship) => new()
    {
        ["from"] = relationship.From.Key,
        ["to"] = relationship.To.Key,
        ["props"] = NodeProperties.From(relationship),
    };

    private static async Task<QueryResult.Row> SingleRowAsync(
        QueryTransaction transaction, CypherStatement statement, CancellationToken cancellationToken) =>
        (await transaction.RunAsync(statement, cancellationToken)).Rows.Single();
}
