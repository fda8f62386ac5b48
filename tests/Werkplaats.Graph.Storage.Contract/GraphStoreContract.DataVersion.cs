using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

/// <summary>The data version: every write moves it on, and reads never do.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task DataVersion_MovesOnWithAnImport_AndStaysPutOverReads()
    {
        var empty = await Store.GetDataVersionAsync(None);

        await ImportGraphAsync();
        var imported = await Store.GetDataVersionAsync(None);
        await FindAllAsync(NodeKind.Lesson, NodeFilter.Everything);
        await Store.GetNodesAsync([Lesson("keukentafel")], Visibility.Everything, None);

        Assert.Equal(empty.Store, imported.Store);
        Assert.True(imported.Number > empty.Number, $"{imported} should be past {empty}");
        Assert.Equal(imported, await Store.GetDataVersionAsync(None));
    }

    [Fact]
    public async Task DataVersion_MovesOnWithEveryAppliedChange()
    {
        await ImportGraphAsync();
        var before = await Store.GetDataVersionAsync(None);
        var lesson = (Lesson)Assert.Single(await Store.GetNodesAsync([Lesson("keukentafel")], Visibility.Everything, None));

        await Writer.ApplyAsync(new GraphChange(_author, _at, lesson.Key, null) { Updated = [lesson with { Title = "Anders" }] }, None);
        var afterUpdate = await Store.GetDataVersionAsync(None);
        await Writer.ApplyAsync(Record(), None);
        var afterRecord = await Store.GetDataVersionAsync(None);

        Assert.True(afterUpdate.Number > before.Number, $"{afterUpdate} should be past {before}");
        Assert.True(afterRecord.Number > afterUpdate.Number, $"{afterRecord} should be past {afterUpdate}");
    }
}
