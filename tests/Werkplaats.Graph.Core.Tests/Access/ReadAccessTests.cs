using Werkplaats.Graph.Core.Access;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Tests.Access;

/// <summary>The access rule on its own: Arena and trekker see their ateliers' drafts, the committee all, the Tribune none.</summary>
public sealed class ReadAccessTests
{
    private static readonly Actor _partner = Actor("partner", committee: false);

    [Fact]
    public void Anonymous_IsThePublic() => Assert.Same(Visibility.Public, ReadAccess.Of(null, []));

    [Fact]
    public void ArenaAndLeads_GiveDrafts_TribuneAndOtherActorsLinksDoNot()
    {
        var visibility = ReadAccess.Of(_partner,
        [
            Participation(_partner, "b-atelier", ParticipationMode.Arena),
            Participation(_partner, "c-atelier", ParticipationMode.Tribune),
            new Relationship(RelationshipType.Leads, _partner.Ref, Issue("a-atelier")),
            Participation(Actor("someone-else", committee: false), "d-atelier", ParticipationMode.Arena),
        ]);

        Assert.False(visibility.AllDrafts);
        Assert.Equal(["a-atelier", "b-atelier"], visibility.DraftsOfIssues);
    }

    [Fact]
    public void TribuneOnly_SeesNoDrafts() =>
        Assert.False(ReadAccess.Of(_partner, [Participation(_partner, "a-atelier", ParticipationMode.Tribune)]).SeesDrafts);

    [Fact]
    public void Committee_SeesAllDrafts()
    {
        var member = Actor("member", committee: true);

        Assert.True(ReadAccess.Of(member, []).AllDrafts);
    }

    private static Actor Actor(string key, bool committee) =>
        new(key, key, ActorCategory.Professional, Formal: true, Description: null, OnProgrammeCommittee: committee);

    private static NodeRef Issue(string key) => new(NodeKind.Issue, key);

    private static Relationship Participation(Actor actor, string issue, ParticipationMode mode) =>
        new(RelationshipType.ParticipatesIn, actor.Ref, Issue(issue), Mode: mode);
}
