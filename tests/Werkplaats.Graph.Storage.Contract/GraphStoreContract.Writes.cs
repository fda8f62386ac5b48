using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

/// <summary>The write port (<see cref="IGraphWriter"/>), which every adapter implements on the same instance as the store.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly ChangeAuthor _author = new("han", "Anna de Vries");
    private static readonly DateTimeOffset _at = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly Lesson _new = new(
        "schulden-delen", "Schulden delen helpt", "Wie deelt, krijgt hulp.", LessonScope.Local, EvidenceKind.Experience,
        new DateOnly(2026, 2, 1), PublicationStatus.Draft);

    protected IGraphWriter Writer => Store as IGraphWriter
        ?? throw new InvalidOperationException("The adapter's store must implement the write port as well.");

    private static GraphChange Record(string? idempotencyKey = null) => new(_author, _at, _new.Key, idempotencyKey)
    {
        Created = [_new],
        Added =
        [
            new(RelationshipType.LearnedIn, _new.Ref, Practice("schuldhulp-keukentafel")),
            new(RelationshipType.Touches, _new.Ref, Condition(ConditionKey.SocialInclusion)),
        ],
    };

    [Fact]
    public async Task Apply_CreatesTheNodeAndItsRelationships_DerivesAbout_AndIndexesItsText()
    {
        await ImportGraphAsync();

        var result = await Writer.ApplyAsync(Record(), None);

        Assert.Equal(_new.Key, result);
        Assert.Equal([_new], await Store.GetNodesAsync([_new.Ref], Visibility.Everything, None));
        var relationships = await Store.GetRelationshipsAsync(
            [_new.Ref], [RelationshipType.About, RelationshipType.Touches], Visibility.Everything, None);
        Assert.Contains(new Relationship(RelationshipType.About, _new.Ref, Issue(Poverty)), relationships);
        Assert.Contains(new Relationship(RelationshipType.Touches, _new.Ref, Condition(ConditionKey.SocialInclusion)), relationships);
        var hits = await Store.SearchAsync(new SearchQuery("delen", [NodeKind.Lesson], 10, Visibility.Everything), None);
        Assert.Contains(hits, h => h.Node.Ref == _new.Ref);
    }

    [Fact]
    public async Task Apply_RecordsWhoCreatedAndChangedTheNode()
    {
        await ImportGraphAsync();
        await Writer.ApplyAsync(Record(), None);
        var later = _at.AddHours(1);
        ChangeAuthor other = new("gemeente-nijmegen", null);

        await Writer.ApplyAsync(new GraphChange(other, later, _new.Key, null) { Updated = [_new with { Status = PublicationStatus.Published }] }, None);

        var audit = Assert.Single(await Writer.GetAuditAsync([_new.Ref, Lesson("keukentafel")], None));
        Assert.Equal(new NodeAudit(_new.Ref, _author, _at, other, later), audit);
    }

    [Fact]
    public async Task Apply_ToAnImportedNode_RecordsTheChangeButNoCreator()
    {
        await ImportGraphAsync();
        var keukentafel = (Lesson)Node(Lesson("keukentafel"));

        await Writer.ApplyAsync(new GraphChange(_author, _at, keukentafel.Key, null) { Updated = [keukentafel with { Title = "Nieuw" }] }, None);

        Assert.Equal(new NodeAudit(keukentafel.Ref, null, null, _author, _at), Assert.Single(await Writer.GetAuditAsync([keukentafel.Ref], None)));
        Assert.Equal("Nieuw", ((Lesson)(await Store.GetNodesAsync([keukentafel.Ref], Visibility.Everything, None))[0]).Title);
    }

    [Fact]
    public async Task Apply_WithAKeyUsedBefore_WritesNothingAndReturnsTheFirstResult()
    {
        await ImportGraphAsync();
        await Writer.ApplyAsync(Record("k-1"), None);
        var before = await Store.GetStatusAsync(None);

        var again = await Writer.ApplyAsync(Record("k-1") with { Result = "other" }, None);

        Assert.Equal(_new.Key, again);
        Assert.Equal(before, await Store.GetStatusAsync(None));
    }

    [Fact]
    public async Task Apply_CreatingAKeyThatExists_IsAConflict()
    {
        await ImportGraphAsync();
        await Writer.ApplyAsync(Record(), None);

        var failure = await Assert.ThrowsAsync<GraphStoreException>(() => Writer.ApplyAsync(Record(), None));

        Assert.Equal(StoreErrorKind.Conflict, failure.ErrorKind);
    }

    [Fact]
    public async Task Apply_ToAMissingEnd_IsNotFound_AndWritesNothing()
    {
        await ImportGraphAsync();
        var before = await Store.GetStatusAsync(None);
        var change = Record("k-2") with
        {
            Added = [.. Record().Added, new Relationship(RelationshipType.RelatesTo, _new.Ref, Lesson("bestaat-niet"))],
        };

        var failure = await Assert.ThrowsAsync<GraphStoreException>(() => Writer.ApplyAsync(change, None));

        Assert.Equal(StoreErrorKind.NotFound, failure.ErrorKind);
        Assert.Equal(before, await Store.GetStatusAsync(None));
        Assert.Empty(await Writer.GetAuditAsync([_new.Ref], None));
        Assert.Equal(_new.Key, await Writer.ApplyAsync(Record("k-2"), None));
    }

    [Fact]
    public async Task Apply_RemovesAndAddsRelationships()
    {
        await ImportGraphAsync();
        var lesson = Lesson("schaamte");
        Relationship old = new(RelationshipType.Touches, lesson, Condition(ConditionKey.SocialEmpowerment));
        Relationship added = new(RelationshipType.Touches, lesson, Condition(ConditionKey.SocialCohesion));

        await Writer.ApplyAsync(new GraphChange(_author, _at, lesson.Key, null) { Removed = [old], Added = [added] }, None);

        var touches = await Store.GetRelationshipsAsync([lesson], [RelationshipType.Touches], Visibility.Everything, None);
        Assert.Equal([added], touches);
    }
}
