using Microsoft.EntityFrameworkCore;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Storage.Sqlite.Sql;

namespace Werkplaats.Graph.Storage.Sqlite.Schema;

/// <summary>Loads stored nodes by ref, tracked, for the writers that upsert them.</summary>
internal static class NodeLoader
{
    /// <summary>The stored nodes among <paramref name="refs"/>, tracked, by ref.</summary>
    public static async Task<Dictionary<NodeRef, NodeEntity>> LoadAsync(
        GraphDbContext context, IEnumerable<NodeRef> refs, CancellationToken cancellationToken)
    {
        var found = new Dictionary<NodeRef, NodeEntity>();
        foreach (var kind in refs.Distinct().GroupBy(r => r.Kind))
        {
            foreach (var keys in kind.Select(r => r.Key).Chunk(SqliteLimits.ParametersPerList))
            {
                var rows = await context.Nodes
                    .Where(n => n.Kind == kind.Key && keys.Contains(n.Key))
                    .ToListAsync(cancellationToken);
                foreach (var row in rows)
                {
                    found[new NodeRef(row.Kind, row.Key)] = row;
                }
            }
        }

        return found;
    }
}
