using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>
/// Writes one snapshot in one transaction: upserts nodes by (kind, key) and relationships by (from, type, to), then
/// refreshes the search index of the changed nodes and derives the missing ABOUT relationships; the lesson counts
/// follow by trigger, row by row. Never deletes.
/// EF's change tracker tells real changes apart: a row counts as updated only when some value differs. An empty store
/// takes the faster <see cref="BulkImportWriter"/> instead.
/// </summary>
internal sealed class ImportWriter(GraphDbContext context)
{
    public async Task<ImportResult> WriteAsync(GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        ImportChecks.RejectDerived(snapshot);
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        var incoming = snapshot.Nodes.GroupBy(n => n.Ref).ToDictionary(g => g.Key, g => g.Last());
        var endpoints = snapshot.Relationships.SelectMany(r => new[] { r.From, r.To });
        var nodes = await NodeLoader.LoadAsync(context, incoming.Keys.Union(endpoints), cancellationToken);
        if (endpoints.FirstOrDefault(r => !incoming.ContainsKey(r) && !nodes.ContainsKey(r)) is { Key: not null } missing)
        {
            throw ImportChecks.MissingEndpoint(missing);
        }

        var (nodesCreated, nodesUpdated, changedNodes) = UpsertNodes(incoming.Values, nodes);
        await context.SaveChangesAsync(cancellationToken);

        var (relationshipsCreated, relationshipsUpdated) = await UpsertRelationshipsAsync(
            snapshot.Relationships, nodes, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);

        var dbTransaction = transaction.GetDbTransaction();
        var statements = SearchIndex.Refresh([.. changedNodes.Select(n => n.Id)])
            .Append(AboutDerivation.AddMissing())
            .Append(LessonCounts.Settle());
        foreach (var statement in statements)
        {
            await statement.ExecuteAsync(dbTransaction, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await ImportChecks.RefreshStatisticsAsync(context.Database, cancellationToken);
        return new ImportResult(nodesCreated, nodesUpdated, relationshipsCreated, relationshipsUpdated);
    }

    private (int Created, int Updated, List<NodeEntity> Changed) UpsertNodes(
        IEnumerable<GraphNode> incoming, Dictionary<NodeRef, NodeEntity> nodes)
    {
        int created = 0, updated = 0;
        var changed = new List<NodeEntity>();
        foreach (var node in incoming)
        {
            var entity = NodeMapper.ToEntity(node);
            if (nodes.TryGetValue(node.Ref, out var stored))
            {
                entity.Id = stored.Id;
                var entry = context.Entry(stored);
                entry.CurrentValues.SetValues(entity);
                if (entry.State == EntityState.Modified)
                {
                    updated++;
                    changed.Add(stored);
                }
            }
            else
            {
                context.Nodes.Add(entity);
                nodes[node.Ref] = entity;
                created++;
                changed.Add(entity);
            }
        }

        return (created, updated, changed);
    }

    private async Task<(int Created, int Updated)> UpsertRelationshipsAsync(
        IEnumerable<Relationship> incoming, Dictionary<NodeRef, NodeEntity> nodes, CancellationToken cancellationToken)
    {
        var rows = incoming
            .Select(r => RelationshipMapper.ToEntity(r, nodes[r.From].Id, nodes[r.To].Id))
            .GroupBy(r => (r.FromId, r.Type, r.ToId))
            .Select(g => g.Last())
            .ToList();
        var stored = new Dictionary<(long, RelationshipType, long), RelationshipEntity>();
        foreach (var fromIds in rows.Select(r => r.FromId).Distinct().Chunk(SqliteLimits.ParametersPerList))
        {
            var existing = await context.Relationships.Where(r => fromIds.Contains(r.FromId)).ToListAsync(cancellationToken);
            foreach (var row in existing)
            {
                stored[(row.FromId, row.Type, row.ToId)] = row;
            }
        }

        int created = 0, updated = 0;
        foreach (var row in rows)
        {
            if (stored.TryGetValue((row.FromId, row.Type, row.ToId), out var existing))
            {
                var entry = context.Entry(existing);
                entry.CurrentValues.SetValues(row);
                updated += entry.State == EntityState.Modified ? 1 : 0;
            }
            else
            {
                context.Relationships.Add(row);
                created++;
            }
        }

        return (created, updated);
    }
}
