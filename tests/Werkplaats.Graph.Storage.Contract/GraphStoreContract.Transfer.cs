using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

/// <summary>The transfer port (<see cref="IGraphTransfer"/>) behind the copy command: nothing recorded is lost.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly DateTimeOffset _recorded = new(2026, 4, 2, 8, 15, 0, TimeSpan.Zero);

    protected IGraphTransfer Transfer => Store as IGraphTransfer
        ?? throw new InvalidOperationException("The adapter's store must implement the transfer port as well.");

    /// <summary>
    /// The contract graph with an audit trail (one creator, one import-only change), two idempotency keys and two change
    /// log entries (newest first, with a gap, as a log copied from a store whose numbering skipped is).
    /// </summary>
    private static StoreContents Contents => new(
        Snapshot,
        [
            new NodeAudit(Lesson("schaamte"), new ChangeAuthor("han", "Anna de Vries"), _recorded, new ChangeAuthor("han", null), _recorded.AddDays(1)),
            new NodeAudit(Lesson("keukentafel"), null, null, new ChangeAuthor("gemeente-nijmegen", "Piet"), _recorded),
        ],
        [new IdempotencyRecord("han", "first-try", "schaamte", _recorded), new IdempotencyRecord("gemeente-nijmegen", "first-try", "keukentafel", _recorded)])
    {
        ChangeLog =
        [
            new ChangeLogEntry(9, new ChangeAuthor("han", null), _recorded.AddDays(1), "updateLesson", [], [Lesson("schaamte")],
                [new Relationship(RelationshipType.Touches, Lesson("schaamte"), Condition(ConditionKey.SocialCohesion))], []),
            new ChangeLogEntry(4, new ChangeAuthor("han", "Anna de Vries"), _recorded, "recordLesson", [Lesson("schaamte")], [],
                [new Relationship(RelationshipType.ParticipatesIn, Actor("gemeente-nijmegen"), Issue(Poverty), Mode: ParticipationMode.Arena, Since: new DateOnly(2026, 3, 1))],
                [new Relationship(RelationshipType.LearnedIn, Lesson("schaamte"), Practice("buurtkamer-hatert"))]),
        ],
    };

    /// <summary>An entry as text: records compare their lists by reference.</summary>
    private static string Describe(ChangeLogEntry entry) =>
        $"{entry.Sequence} {entry.Author} {entry.At:O} {entry.Operation} created [{string.Join(", ", entry.Created)}] " +
        $"updated [{string.Join(", ", entry.Updated)}] added [{string.Join(", ", entry.Added)}] removed [{string.Join(", ", entry.Removed)}]";

    [Fact]
    public async Task Restore_ThenExport_GivesBackEveryNodeRelationshipAuditEntryKeyAndLogEntry()
    {
        await Transfer.RestoreAsync(Contents, None);

        var exported = await Transfer.ExportAsync(None);

        Assert.Equal(Nodes.OrderBy(n => n.Ref.ToString(), StringComparer.Ordinal), exported.Graph.Nodes.OrderBy(n => n.Ref.ToString(), StringComparer.Ordinal));
        Assert.Equal(Relationships.Select(r => r.ToString()).Order(StringComparer.Ordinal), exported.Graph.Relationships.Select(r => r.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(Contents.Audit.OrderBy(a => a.Node.ToString(), StringComparer.Ordinal), exported.Audit.OrderBy(a => a.Node.ToString(), StringComparer.Ordinal));
        Assert.Equal(Contents.IdempotencyKeys.OrderBy(k => k.ActorKey, StringComparer.Ordinal), exported.IdempotencyKeys.OrderBy(k => k.ActorKey, StringComparer.Ordinal));
        Assert.Equal(Contents.ChangeLog.Select(Describe), exported.ChangeLog.Select(Describe));
    }

    [Fact]
    public async Task Restore_ThenAWrite_LogsTheWriteAfterTheCopiedEntries()
    {
        await Transfer.RestoreAsync(Contents, None);

        await Writer.ApplyAsync(Record("after-copy") with { Operation = "recordLesson" }, None);

        var log = await Writer.GetChangeLogAsync(null, 10, None);
        Assert.Equal(3, log.Entries.Count);
        Assert.True(log.Entries[0].Sequence > Contents.ChangeLog.Max(e => e.Sequence), $"{log.Entries[0].Sequence} should follow the copied entries");
        Assert.Equal([_new.Ref], log.Entries[0].Created);
        Assert.Equal(Contents.ChangeLog.Select(Describe), log.Entries.Skip(1).Select(Describe));
    }

    [Fact]
    public async Task Restore_Twice_ChangesNothingTheSecondTime_AndRestoredKeysStillAnswerRepeats()
    {
        await Transfer.RestoreAsync(Contents, None);

        var again = await Transfer.RestoreAsync(Contents, None);
        var repeat = await Writer.ApplyAsync(Record("first-try"), None);

        Assert.True(again.ChangedNothing);
        // Neither the second restore nor the answered repeat logs anything.
        Assert.Equal(Contents.ChangeLog.Select(Describe), (await Writer.GetChangeLogAsync(null, 10, None)).Entries.Select(Describe));
        Assert.Equal("schaamte", repeat);
        Assert.Empty(await Store.GetNodesAsync([_new.Ref], Visibility.Everything, None));
    }

    [Fact]
    public async Task Export_AfterAWrite_HoldsTheDraftItsRelationshipsAndItsAudit_ButNoAbout()
    {
        await ImportGraphAsync();
        await Writer.ApplyAsync(Record("write-1"), None);

        var exported = await Transfer.ExportAsync(None);

        Assert.Contains(_new, exported.Graph.Nodes);
        Assert.Contains(new Relationship(RelationshipType.LearnedIn, _new.Ref, Practice("schuldhulp-keukentafel")), exported.Graph.Relationships);
        Assert.DoesNotContain(exported.Graph.Relationships, r => RelationshipSchema.IsDerived(r.Type));
        Assert.Equal(new NodeAudit(_new.Ref, _author, _at, _author, _at), Assert.Single(exported.Audit));
        Assert.Equal(new IdempotencyRecord(_author.ActorKey, "write-1", _new.Key, _at), Assert.Single(exported.IdempotencyKeys));
    }
}
