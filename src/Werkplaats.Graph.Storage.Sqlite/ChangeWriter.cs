using Microsoft.EntityFrameworkCore.Storage;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>
/// Writes one <see cref="GraphChange"/> in one transaction: replays a known idempotency key, creates and updates nodes,
/// removes and adds relationships (an added one that exists takes the new role, mode and since), moves the audit trail
/// of the touched nodes on, refreshes their search text, recomputes ABOUT of the lessons concerned, appends the change
/// to the change log, and stores the idempotency key with the result. The lesson counts follow by trigger. Any failure
/// rolls all of it back.
/// </summary>
internal sealed class ChangeWriter(GraphDbContext context)
{
    /// <summary>The types ABOUT derives from: adding or removing one changes ABOUT of the lessons concerned.</summary>
    private static readonly HashSet<RelationshipType> _aboutSources =
        [RelationshipType.LearnedIn, RelationshipType.PartOf, RelationshipType.DerivedFrom];

    public async Task<string> WriteAsync(GraphChange change, CancellationToken cancellationToken)
    {
        RejectDerived(change);
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var database = transaction.GetDbTransaction();
        if (change.IdempotencyKey is { } key
            && await ChangeSql.StoredResult(change.Author.ActorKey, key).ScalarAsync(database, cancellationToken) is string stored)
        {
            return stored;
        }

        var endpoints = change.Added.Concat(change.Removed).SelectMany(r => new[] { r.From, r.To });
        var nodes = await NodeLoader.LoadAsync(
            context, change.Created.Concat(change.Updated).Select(n => n.Ref).Concat(endpoints), cancellationToken);
        var created = Create(change.Created, nodes);
        Update(change.Updated, nodes);
        await context.SaveChangesAsync(cancellationToken);

        if (endpoints.FirstOrDefault(r => !nodes.ContainsKey(r)) is { Key: not null } missing)
        {
            throw ImportChecks.MissingEndpoint(missing);
        }

        await ChangeRelationshipsAsync(change, nodes, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);

        var touched = change.Touched.Select(r => nodes[r]).ToList();
        var statements = touched.Select(n => ChangeSql.Touch(n.Id, change, created.Contains(n)))
            .Concat(SearchIndex.Refresh([.. change.Created.Concat(change.Updated).Select(n => nodes[n.Ref].Id)]));
        var sources = change.Added.Concat(change.Removed).Where(r => _aboutSources.Contains(r.Type)).ToList();
        statements = statements
            .Concat(AboutDerivation.Recompute(
                [.. sources.Where(r => r.Type != RelationshipType.PartOf).Select(r => nodes[r.From].Id).Distinct()],
                [.. sources.Where(r => r.Type == RelationshipType.PartOf).Select(r => nodes[r.From].Id).Distinct()]))
            .Append(ChangeSql.Log(change, ChangeLogJson.Write(change)));

        if (change.IdempotencyKey is { } newKey)
        {
            statements = statements.Append(ChangeSql.StoreResult(change, newKey));
        }

        foreach (var statement in statements.Append(LessonCounts.Settle()))
        {
            await statement.ExecuteAsync(database, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return change.Result;
    }

    private static void RejectDerived(GraphChange change)
    {
        if (change.Added.Concat(change.Removed).FirstOrDefault(r => RelationshipSchema.IsDerived(r.Type)) is { } derived)
        {
            throw new ArgumentException($"{RelationshipSchema.GraphName(derived.Type)} is derived by the store.", nameof(change));
        }
    }

    private HashSet<NodeEntity> Create(IEnumerable<GraphNode> incoming, Dictionary<NodeRef, NodeEntity> nodes)
    {
        var created = new HashSet<NodeEntity>();
        foreach (var node in incoming)
        {
            if (nodes.ContainsKey(node.Ref))
            {
                throw new GraphStoreException(
                    StoreErrorKind.Conflict, $"A {node.Kind.ToString().ToLowerInvariant()} with key '{node.Key}' exists already.");
            }

            var entity = NodeMapper.ToEntity(node);
            context.Nodes.Add(entity);
            nodes[node.Ref] = entity;
            created.Add(entity);
        }

        return created;
    }

    private void Update(IEnumerable<GraphNode> incoming, Dictionary<NodeRef, NodeEntity> nodes)
    {
        foreach (var node in incoming)
        {
            if (!nodes.TryGetValue(node.Ref, out var stored))
            {
                throw new GraphStoreException(
                    StoreErrorKind.NotFound, $"No {node.Kind.ToString().ToLowerInvariant()} with key '{node.Key}' exists.");
            }

            var entity = NodeMapper.ToEntity(node);
            entity.Id = stored.Id;
            context.Entry(stored).CurrentValues.SetValues(entity);
        }
    }

    private async Task ChangeRelationshipsAsync(
        GraphChange change, Dictionary<NodeRef, NodeEntity> nodes, CancellationToken cancellationToken)
    {
        // A relationship both removed and added (a list replaced by one that keeps it) simply stays.
        var added = change.Added.Select(r => (r.Type, r.From, r.To)).ToHashSet();
        foreach (var relationship in change.Removed.Where(r => !added.Contains((r.Type, r.From, r.To))))
        {
            if (await FindAsync(relationship, nodes, cancellationToken) is { } stored)
            {
                context.Relationships.Remove(stored);
            }
        }

        foreach (var relationship in change.Added)
        {
            var entity = RelationshipMapper.ToEntity(relationship, nodes[relationship.From].Id, nodes[relationship.To].Id);
            if (await FindAsync(relationship, nodes, cancellationToken) is { } stored)
            {
                context.Entry(stored).CurrentValues.SetValues(entity);
            }
            else
            {
                context.Relationships.Add(entity);
            }
        }
    }

    private async Task<RelationshipEntity?> FindAsync(
        Relationship relationship, Dictionary<NodeRef, NodeEntity> nodes, CancellationToken cancellationToken) =>
        await context.Relationships.FindAsync([nodes[relationship.From].Id, relationship.Type, nodes[relationship.To].Id], cancellationToken);
}
