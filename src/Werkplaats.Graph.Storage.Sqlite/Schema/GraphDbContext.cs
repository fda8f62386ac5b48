using Microsoft.EntityFrameworkCore;

namespace Werkplaats.Graph.Storage.Sqlite.Schema;

/// <summary>
/// The EF Core model of the graph: one Nodes table and one Relationships table. The indexes serve the port's
/// questions: nodes by (Kind, Key); keyset pages by (Kind, SortDate, Key) and (Kind, NameSort, Key); relationships
/// outgoing by their key (FromId, Type, ToId) and incoming by (ToId, Type, FromId).
/// </summary>
internal sealed class GraphDbContext(DbContextOptions<GraphDbContext> options) : DbContext(options)
{
    public DbSet<NodeEntity> Nodes => Set<NodeEntity>();

    public DbSet<RelationshipEntity> Relationships => Set<RelationshipEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var node = modelBuilder.Entity<NodeEntity>();
        node.ToTable("Nodes");
        node.HasKey(n => n.Id);
        node.HasIndex(n => new { n.Kind, n.Key }).IsUnique();
        node.HasIndex(n => new { n.Kind, n.SortDate, n.Key });
        node.HasIndex(n => new { n.Kind, n.NameSort, n.Key });

        var relationship = modelBuilder.Entity<RelationshipEntity>();
        relationship.ToTable("Relationships");
        relationship.HasKey(r => new { r.FromId, r.Type, r.ToId });
        relationship.HasIndex(r => new { r.ToId, r.Type, r.FromId });
        relationship.HasOne<NodeEntity>().WithMany().HasForeignKey(r => r.FromId).OnDelete(DeleteBehavior.Restrict);
        relationship.HasOne<NodeEntity>().WithMany().HasForeignKey(r => r.ToId).OnDelete(DeleteBehavior.Restrict);
    }
}
