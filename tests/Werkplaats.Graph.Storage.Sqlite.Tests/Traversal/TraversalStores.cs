using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Storage.Sqlite.Tests.Traversal;

/// <summary>Traversals over a real SQLite store that imported a snapshot.</summary>
public static class TraversalStores
{
    public static async Task<GraphTraversal> OpenTraversalAsync(
        this SqliteStoreFolder folder, GraphSnapshot snapshot, int workBudget = GraphTraversal.WorkBudget)
    {
        var store = await folder.OpenStoreAsync();
        await store.ImportAsync(snapshot, CancellationToken.None);
        return new GraphTraversal(store, workBudget);
    }

    /// <summary>A relationship as text, for comparing sets of them.</summary>
    public static string Text(Relationship relationship) =>
        $"{relationship.From}-[{relationship.Type}]->{relationship.To}";
}
