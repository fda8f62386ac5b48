using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

/// <summary>
/// The behaviour every adapter of <see cref="IGraphStore"/> must show. An adapter's test project derives from this
/// class and supplies a fresh, initialized, empty store per test. Expected answers come from <see cref="ContractGraph"/>.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private static readonly Hop _touches = new(RelationshipType.Touches, Direction.Outgoing, NodeKind.Condition);
    private static readonly Hop _atLevel = new(RelationshipType.AtLevel, Direction.Outgoing, NodeKind.Level);
    private static readonly Hop _about = new(RelationshipType.About, Direction.Outgoing, NodeKind.Issue);
    private static readonly Hop _learnedIn = new(RelationshipType.LearnedIn, Direction.Outgoing, NodeKind.Practice);
    private static readonly Hop _partOf = new(RelationshipType.PartOf, Direction.Outgoing, NodeKind.Issue);
    private static readonly Hop _ledBy = new(RelationshipType.Leads, Direction.Incoming, NodeKind.Actor);
    private static readonly Hop _relatesTo = new(RelationshipType.RelatesTo, Direction.Both, NodeKind.Lesson);

    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is made in InitializeAsync.");

    protected static CancellationToken None => CancellationToken.None;

    public static TheoryData<NodeKind, NodeOrder> KindsAndOrders()
    {
        var data = new TheoryData<NodeKind, NodeOrder>();
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            foreach (var order in Enum.GetValues<NodeOrder>())
            {
                data.Add(kind, order);
            }
        }

        return data;
    }

    public static TheoryData<string> Visibilities() => [.. VisibilityCases.Keys];

    private static Dictionary<string, Visibility> VisibilityCases => new()
    {
        ["public"] = Visibility.Public,
        ["poverty arena"] = new Visibility(false, [Poverty]),
        ["housing arena"] = new Visibility(false, [Housing]),
        ["programme committee"] = Visibility.Everything,
    };

    public async Task InitializeAsync() => _store = await CreateEmptyStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A fresh store, initialized and empty, for one test.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    protected Task<ImportResult> ImportGraphAsync() => Store.ImportAsync(Snapshot, None);

    protected async Task<List<GraphNode>> FindAllAsync(NodeKind kind, NodeFilter filter, Visibility? visibility = null)
    {
        var page = await Store.FindNodesAsync(
            new NodeQuery(kind, filter, NodeOrder.Key, 1000, null, visibility ?? Visibility.Everything), None);
        return [.. page.Items.Select(i => i.Node)];
    }

    private static List<string> Keys(IEnumerable<GraphNode> nodes) => [.. nodes.Select(n => n.Key).Order(StringComparer.Ordinal)];

    private static List<GraphNode> Expected(NodeKind kind, Func<GraphNode, bool> predicate) => [.. OfKind(kind).Where(predicate)];
}
