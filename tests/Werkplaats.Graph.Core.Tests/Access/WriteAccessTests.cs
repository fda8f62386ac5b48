using Werkplaats.Graph.Core.Access;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Tests.Access;

/// <summary>The write rule on its own: Arena and trekker edit their ateliers' lessons, only the trekker publishes, the committee does all.</summary>
public sealed class WriteAccessTests
{
    private static readonly Actor _partner = Actor("partner", committee: false);

    [Fact]
    public void Anonymous_MayNotWrite()
    {
        var access = WriteAccess.Of(null, []);

        Assert.False(access.CanEditWorkOf(["a-atelier"]));
        Assert.False(access.CanPublishLessonsOf(["a-atelier"]));
    }

    [Fact]
    public void Arena_Edits_ButDoesNotPublish()
    {
        var access = WriteAccess.Of(_partner, [Participation(_partner, "a-atelier", ParticipationMode.Arena)]);

        Assert.True(access.CanEditWorkOf(["z-atelier", "a-atelier"]));
        Assert.False(access.CanPublishLessonsOf(["a-atelier"]));
        Assert.False(access.CanEditWorkOf(["b-atelier"]));
    }

    [Fact]
    public void Tribune_AndOtherActorsLinks_GiveNoRights()
    {
        var access = WriteAccess.Of(_partner,
        [
            Participation(_partner, "a-atelier", ParticipationMode.Tribune),
            new Relationship(RelationshipType.Leads, Actor("someone-else", committee: false).Ref, Issue("a-atelier")),
        ]);

        Assert.False(access.CanEditWorkOf(["a-atelier"]));
        Assert.False(access.CanPublishLessonsOf(["a-atelier"]));
    }

    [Fact]
    public void Trekker_EditsAndPublishes()
    {
        var access = WriteAccess.Of(_partner, [new Relationship(RelationshipType.Leads, _partner.Ref, Issue("a-atelier"))]);

        Assert.True(access.CanEditWorkOf(["a-atelier"]));
        Assert.True(access.CanPublishLessonsOf(["a-atelier"]));
    }

    [Fact]
    public void Committee_MayDoEverything()
    {
        var access = WriteAccess.Of(Actor("member", committee: true), []);

        Assert.True(access.CanEditWorkOf(["a-atelier"]));
        Assert.True(access.CanPublishLessonsOf([]));
        Assert.True(access.CanEditWorkOfEach(["a-atelier", "b-atelier"]));
        Assert.True(access.ManagesAgenda);
    }

    [Fact]
    public void AttachingToAteliers_NeedsARightOverEachOfThem()
    {
        var access = WriteAccess.Of(_partner,
        [
            Participation(_partner, "a-atelier", ParticipationMode.Arena),
            new Relationship(RelationshipType.Leads, _partner.Ref, Issue("b-atelier")),
        ]);

        Assert.True(access.CanEditWorkOfEach(["a-atelier", "b-atelier"]));
        Assert.False(access.CanEditWorkOfEach(["a-atelier", "c-atelier"]));
        Assert.True(access.CanEditWorkOfEach([]));
    }

    [Fact]
    public void Lifting_IsTheTrekkersOfAnyAtelier_AndTheAgendaTheCommitteesAlone()
    {
        var access = WriteAccess.Of(_partner,
        [
            Participation(_partner, "a-atelier", ParticipationMode.Arena),
            new Relationship(RelationshipType.Leads, _partner.Ref, Issue("b-atelier")),
        ]);

        Assert.False(access.CanLiftLessonsOf(["a-atelier"]));
        Assert.True(access.CanLiftLessonsOf(["a-atelier", "b-atelier"]));
        Assert.False(access.ManagesAgenda);
    }

    private static Actor Actor(string key, bool committee) =>
        new(key, key, ActorCategory.Professional, Formal: true, Description: null, OnProgrammeCommittee: committee);

    private static NodeRef Issue(string key) => new(NodeKind.Issue, key);

    private static Relationship Participation(Actor actor, string issue, ParticipationMode mode) =>
        new(RelationshipType.ParticipatesIn, actor.Ref, Issue(issue), Mode: mode);
}
