using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Traversal;
using Werkplaats.Graph.Storage.Contract;

namespace Werkplaats.Graph.Storage.Sqlite.Tests.Traversal;

public sealed class LineageTests : IAsyncLifetime
{
    private readonly SqliteStoreFolder _folder = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _folder.DeleteAsync();

    [Fact]
    public async Task Lineage_Outgoing_GoesDownTwoLiftsToTheLocalLessons()
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);

        var steps = await traversal.LineageAsync("vertrouwen-nationaal", Direction.Outgoing, 3, Visibility.Public, CancellationToken.None);

        Assert.Equal(
            ["vertrouwen-nationaal@0<-", "vertrouwen-regionaal@1<-vertrouwen-nationaal", "buurtkamer-verbindt@2<-vertrouwen-regionaal", "keukentafel@2<-vertrouwen-regionaal"],
            steps.Select(Describe));
    }

    [Fact]
    public async Task Lineage_Incoming_GoesUpTwoLiftsToTheNationalLesson()
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);

        var steps = await traversal.LineageAsync("keukentafel", Direction.Incoming, 10, Visibility.Public, CancellationToken.None);

        Assert.Equal(["keukentafel@0<-", "vertrouwen-regionaal@1<-keukentafel", "vertrouwen-nationaal@2<-vertrouwen-regionaal"], steps.Select(Describe));
    }

    [Fact]
    public async Task Lineage_MaxDepth_StopsTheWalk()
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);

        var steps = await traversal.LineageAsync("vertrouwen-nationaal", Direction.Outgoing, 1, Visibility.Public, CancellationToken.None);

        Assert.Equal(["vertrouwen-nationaal@0<-", "vertrouwen-regionaal@1<-vertrouwen-nationaal"], steps.Select(Describe));
    }

    [Fact]
    public async Task Lineage_DraftLifts_AreSeenOnlyByCallersWhoMaySeeThem()
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);

        var forPublic = await traversal.LineageAsync("vroeg-erbij", Direction.Incoming, 2, Visibility.Public, CancellationToken.None);
        var forArena = await traversal.LineageAsync("vroeg-erbij", Direction.Incoming, 2, new(false, [ContractGraph.Poverty]), CancellationToken.None);

        Assert.Equal(["vroeg-erbij@0<-"], forPublic.Select(Describe));
        Assert.Equal(["vroeg-erbij@0<-", "signalen-regionaal@1<-vroeg-erbij"], forArena.Select(Describe));
    }

    [Fact]
    public async Task Lineage_OfUnknownOrDraftLesson_ThrowsNodeNotFound()
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);

        await Assert.ThrowsAsync<NodeNotFoundException>(() =>
            traversal.LineageAsync("nope", Direction.Outgoing, 2, Visibility.Everything, CancellationToken.None));
        await Assert.ThrowsAsync<NodeNotFoundException>(() =>
            traversal.LineageAsync("signalen-regionaal", Direction.Outgoing, 2, Visibility.Public, CancellationToken.None));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task Lineage_MaxDepthOutOfRange_ThrowsNamingTheRange(int maxDepth)
    {
        var traversal = await _folder.OpenTraversalAsync(ContractGraph.Snapshot);

        var exception = await Assert.ThrowsAsync<TraversalArgumentException>(() =>
            traversal.LineageAsync("keukentafel", Direction.Outgoing, maxDepth, Visibility.Public, CancellationToken.None));

        Assert.StartsWith("maxDepth must be between 1 and 10", exception.Message, StringComparison.Ordinal);
    }

    private static string Describe(LineageStep step) => $"{step.Lesson.Key}@{step.Depth}<-{step.ReachedFrom}";
}
