using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

/// <summary>
/// The write port beyond creating: removing what ABOUT derives from recomputes ABOUT, a deleted lesson is hidden from
/// every read, an added relationship that exists takes its new properties, and the change log keeps every change.
/// </summary>
public abstract partial class GraphStoreContract
{
    private static readonly ChangeAuthor _committee = new("han", null);

    public static TheoryData<string> AboutChanges => ["move-lesson", "detach-practice", "unlift"];

    /// <summary>Each change removes a relationship ABOUT derives from (and may add one); ABOUT must follow for every lesson.</summary>
    [Theory]
    [MemberData(nameof(AboutChanges))]
    public async Task Apply_ChangingWhatAboutDerivesFrom_RecomputesAboutOfEveryLessonConcerned(string name)
    {
        await ImportGraphAsync();
        var (removed, added) = name switch
        {
            "move-lesson" => (new Relationship(RelationshipType.LearnedIn, Lesson("keukentafel"), Practice("schuldhulp-keukentafel")),
                new Relationship(RelationshipType.LearnedIn, Lesson("keukentafel"), Practice("buurtkamer-hatert"))),
            "detach-practice" => (new Relationship(RelationshipType.PartOf, Practice("samen-in-de-ooij"), Issue(Loneliness)), null),
            _ => (new Relationship(RelationshipType.DerivedFrom, Lesson("vertrouwen-regionaal"), Lesson("keukentafel")), (Relationship?)null),
        };

        await Writer.ApplyAsync(new GraphChange(_committee, _at, removed.From.Key, null) { Removed = [removed], Added = added is null ? [] : [added] }, None);

        List<Relationship> after = [.. Relationships.Where(r => r != removed), .. added is null ? [] : new[] { added }];
        var about = await Store.GetRelationshipsAsync([.. Lessons.Select(l => l.Ref)], [RelationshipType.About], Visibility.Everything, None);
        foreach (var lesson in Lessons)
        {
            var expected = IssuesOf(lesson.Key, after).Order(StringComparer.Ordinal);
            var actual = about.Where(r => r.From == lesson.Ref).Select(r => r.To.Key).Order(StringComparer.Ordinal);
            Assert.True(expected.SequenceEqual(actual), $"{lesson.Key}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
    }

    [Fact]
    public async Task Apply_DeletingALesson_HidesItFromEveryReadButTheDeletedView()
    {
        await ImportGraphAsync();
        var lesson = (Lesson)Node(Lesson("buurtkamer-verbindt"));
        var committee = new Visibility(true, []);
        var countBefore = (await Store.FindNodesAsync(new NodeQuery(NodeKind.Lesson, NodeFilter.Everything, NodeOrder.NewestFirst, 0, null, committee), None)).TotalCount;

        await Writer.ApplyAsync(new GraphChange(_committee, _at, lesson.Key, null) { Updated = [lesson with { Status = PublicationStatus.Deleted }] }, None);

        foreach (var visibility in new[] { Visibility.Public, committee, new Visibility(false, [Loneliness]) })
        {
            Assert.Empty(await Store.GetNodesAsync([lesson.Ref], visibility, None));
            Assert.DoesNotContain(await FindAllAsync(NodeKind.Lesson, NodeFilter.Everything, visibility), n => n.Ref == lesson.Ref);
            Assert.DoesNotContain(await Store.SearchAsync(new SearchQuery("buurtkamer", [NodeKind.Lesson], 10, visibility), None), h => h.Node.Ref == lesson.Ref);
            Assert.DoesNotContain(
                await Store.GetRelationshipsAsync([Lesson("keukentafel"), Practice("buurtkamer-hatert")], null, visibility, None),
                r => r.From == lesson.Ref || r.To == lesson.Ref);
        }

        var page = await Store.FindNodesAsync(new NodeQuery(NodeKind.Lesson, NodeFilter.Everything, NodeOrder.NewestFirst, 0, null, committee), None);
        Assert.Equal(countBefore - 1, page.TotalCount);
        var related = new NodeFilter.Related([Hops.LessonPractices], ["buurtkamer-hatert"]);
        Assert.DoesNotContain(await FindAllAsync(NodeKind.Lesson, related, committee), n => n.Ref == lesson.Ref);
        Assert.Equal([lesson with { Status = PublicationStatus.Deleted }], await Store.GetNodesAsync([lesson.Ref], Visibility.Everything, None));
    }

    [Fact]
    public async Task Apply_AddingARelationshipThatExists_TakesItsNewProperties()
    {
        await ImportGraphAsync();
        Relationship tribune = new(RelationshipType.ParticipatesIn, Actor("gemeente-nijmegen"), Issue(Poverty), Mode: ParticipationMode.Arena, Since: new DateOnly(2026, 3, 1));

        await Writer.ApplyAsync(new GraphChange(_committee, _at, "gemeente-nijmegen", null) { Added = [tribune] }, None);

        var stored = await Store.GetRelationshipsAsync([Actor("gemeente-nijmegen")], [RelationshipType.ParticipatesIn], Visibility.Everything, None);
        Assert.Equal([tribune], stored);
    }

    [Fact]
    public async Task ChangeLog_KeepsEveryChange_NewestFirst_InPages()
    {
        await ImportGraphAsync();
        var lesson = (Lesson)Node(Lesson("schaamte"));
        Relationship touches = new(RelationshipType.Touches, lesson.Ref, Condition(ConditionKey.SocialCohesion));
        await Writer.ApplyAsync(Record("log-1") with { Operation = "recordLesson" }, None);
        await Writer.ApplyAsync(new GraphChange(_committee, _at.AddMinutes(1), lesson.Key, null) { Operation = "updateLesson", Updated = [lesson], Added = [touches] }, None);
        await Writer.ApplyAsync(Record("log-1") with { Operation = "recordLesson" }, None);

        var first = await Writer.GetChangeLogAsync(null, 1, None);
        var second = await Writer.GetChangeLogAsync(first.Entries[0].Sequence, 5, None);

        var newest = Assert.Single(first.Entries);
        Assert.True(first.HasMore);
        Assert.Equal(("updateLesson", _committee, _at.AddMinutes(1)), (newest.Operation, newest.Author, newest.At));
        Assert.Equal([lesson.Ref], newest.Updated);
        Assert.Equal([touches], newest.Added);
        var oldest = Assert.Single(second.Entries);
        Assert.False(second.HasMore);
        Assert.Equal(("recordLesson", _author), (oldest.Operation, oldest.Author));
        Assert.Equal([_new.Ref], oldest.Created);
        Assert.Equal(Record().Added, oldest.Added);
        Assert.True(oldest.Sequence < newest.Sequence);
    }
}
