using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task FindNodes_LessonsByConditionAndLevel_ReturnsOnlyTaggedLessons()
    {
        await ImportGraphAsync();
        string[] conditions = [EnumNames.ToConstant(ConditionKey.SocialCohesion)];
        string[] levels = [EnumNames.ToConstant(LevelKey.Neighbourhood), EnumNames.ToConstant(LevelKey.VillageOrCity)];

        var found = await FindAllAsync(NodeKind.Lesson, new NodeFilter.AllOf(
            [new NodeFilter.Related([_touches], conditions), new NodeFilter.Related([_atLevel], levels)]));

        var expected = Reaching(NodeKind.Lesson, [_touches], conditions).Intersect(Reaching(NodeKind.Lesson, [_atLevel], levels));
        Assert.NotEmpty(found);
        Assert.Equal(Keys(expected), Keys(found));
    }

    [Fact]
    public async Task FindNodes_RelatedToAnyOfTheKeys_ReturnsLessonsTouchingEither()
    {
        await ImportGraphAsync();
        string[] conditions = [EnumNames.ToConstant(ConditionKey.SocialInclusion), EnumNames.ToConstant(ConditionKey.SocialEmpowerment)];

        var found = await FindAllAsync(NodeKind.Lesson, new NodeFilter.Related([_touches], conditions));

        Assert.Equal(Keys(Reaching(NodeKind.Lesson, [_touches], conditions)), Keys(found));
    }

    [Fact]
    public async Task FindNodes_RelatedOverTwoHops_ReturnsLessonsOfTheIssuesPractices()
    {
        await ImportGraphAsync();

        var found = await FindAllAsync(NodeKind.Lesson, new NodeFilter.Related([_learnedIn, _partOf], [Loneliness]));

        Assert.Equal(Keys(Reaching(NodeKind.Lesson, [_learnedIn, _partOf], [Loneliness])), Keys(found));
    }

    [Fact]
    public async Task FindNodes_RelatedOverThreeHops_ReturnsLessonsOfIssuesLedByTheActor()
    {
        await ImportGraphAsync();
        Hop[] path = [_learnedIn, _partOf, _ledBy];

        var found = await FindAllAsync(NodeKind.Lesson, new NodeFilter.Related(path, ["han"]));

        Assert.NotEmpty(found);
        Assert.Equal(Keys(Reaching(NodeKind.Lesson, path, ["han"])), Keys(found));
    }

    [Fact]
    public async Task FindNodes_RelatedIncoming_ReturnsIssuesTheActorParticipatesIn()
    {
        await ImportGraphAsync();
        Hop[] path = [new(RelationshipType.ParticipatesIn, Direction.Incoming, NodeKind.Actor)];

        var found = await FindAllAsync(NodeKind.Issue, new NodeFilter.Related(path, ["han"]));

        Assert.Equal(Keys(Reaching(NodeKind.Issue, path, ["han"])), Keys(found));
    }

    [Fact]
    public async Task FindNodes_RelatedBothDirections_FindsRelatedLessonsEitherWay()
    {
        await ImportGraphAsync();

        var found = await FindAllAsync(NodeKind.Lesson, new NodeFilter.Related([_relatesTo], ["buurtkamer-verbindt"]));

        Assert.Equal(["keukentafel", "onzichtbare-eenzaamheid"], Keys(found));
        Assert.Equal(Keys(Reaching(NodeKind.Lesson, [_relatesTo], ["buurtkamer-verbindt"])), Keys(found));
    }

    [Fact]
    public async Task FindNodes_AboutAnIssue_IncludesLessonsLiftedFromItsLessons()
    {
        await ImportGraphAsync();

        var found = await FindAllAsync(NodeKind.Lesson, new NodeFilter.Related([_about], [Poverty]));

        Assert.Contains(found, n => n.Key == "vertrouwen-nationaal");
        Assert.Equal(Keys(Lessons.Where(l => IssuesOf(l.Key).Contains(Poverty))), Keys(found));
    }

    [Fact]
    public async Task FindNodes_KeyIn_ReturnsExactlyThoseKeys()
    {
        await ImportGraphAsync();

        var found = await FindAllAsync(NodeKind.Practice, new NodeFilter.KeyIn(["wandelgroep", "vroegsignalering", "bestaat-niet"]));

        Assert.Equal(["vroegsignalering", "wandelgroep"], Keys(found));
    }

    [Fact]
    public async Task FindNodes_PropertyInAnyOfValues_ReturnsLessonsOfThoseScopes()
    {
        await ImportGraphAsync();

        var found = await FindAllAsync(NodeKind.Lesson, new NodeFilter.PropertyIn(NodeProperty.Scope, ["REGIONAL", "NATIONAL"]));

        Assert.Equal(Keys(Expected(NodeKind.Lesson, n => ((Lesson)n).Scope != LessonScope.Local)), Keys(found));
    }

    [Fact]
    public async Task FindNodes_PropertyInMunicipality_ReturnsPracticesThere()
    {
        await ImportGraphAsync();

        var found = await FindAllAsync(NodeKind.Practice, new NodeFilter.PropertyIn(NodeProperty.Municipality, ["Heumen", "Berg en Dal"]));

        Assert.Equal(Keys(Expected(NodeKind.Practice, n => ((Practice)n).Municipality is "Heumen" or "Berg en Dal")), Keys(found));
    }

    [Fact]
    public async Task FindNodes_PropertyAndRelated_AreCombinedWithAnd()
    {
        await ImportGraphAsync();
        string[] cohesion = [EnumNames.ToConstant(ConditionKey.SocialCohesion)];

        var found = await FindAllAsync(NodeKind.Lesson, new NodeFilter.AllOf(
            [new NodeFilter.PropertyIn(NodeProperty.Evidence, ["PRACTICE"]), new NodeFilter.Related([_touches], cohesion)]));

        var expected = Reaching(NodeKind.Lesson, [_touches], cohesion).Where(n => ((Lesson)n).Evidence == EvidenceKind.Practice);
        Assert.Equal(Keys(expected), Keys(found));
    }

    [Fact]
    public async Task FindNodes_DateBetween_ExcludesBothBounds()
    {
        await ImportGraphAsync();
        var after = new DateOnly(2021, 6, 1);
        var before = new DateOnly(2023, 3, 1);

        var found = await FindAllAsync(NodeKind.Lesson, new NodeFilter.DateBetween(NodeProperty.LearnedOn, after, before));

        Assert.Equal(Keys(Expected(NodeKind.Lesson, n => ((Lesson)n).LearnedOn > after && ((Lesson)n).LearnedOn < before)), Keys(found));
    }

    [Fact]
    public async Task FindNodes_DateBetweenOpenEnded_ReturnsIssuesStartedAfter()
    {
        await ImportGraphAsync();
        var after = new DateOnly(2019, 3, 1);

        var found = await FindAllAsync(NodeKind.Issue, new NodeFilter.DateBetween(NodeProperty.StartedOn, after, null));

        Assert.Equal(Keys(Expected(NodeKind.Issue, n => ((Issue)n).StartedOn > after)), Keys(found));
    }

    [Fact]
    public async Task FindNodes_FlagIs_ReturnsInformalActors()
    {
        await ImportGraphAsync();

        var found = await FindAllAsync(NodeKind.Actor, new NodeFilter.FlagIs(NodeProperty.Formal, false));

        Assert.Equal(Keys(Expected(NodeKind.Actor, n => !((Actor)n).Formal)), Keys(found));
    }

    [Fact]
    public async Task FindNodes_AnyOf_ReturnsTheUnion()
    {
        await ImportGraphAsync();

        var found = await FindAllAsync(NodeKind.Lesson, new NodeFilter.AnyOf(
            [new NodeFilter.PropertyIn(NodeProperty.Scope, ["NATIONAL"]), new NodeFilter.KeyIn(["keukentafel"])]));

        Assert.Equal(["keukentafel", "vertrouwen-nationaal"], Keys(found));
    }

    [Fact]
    public async Task FindNodes_EmptyAnyOf_MatchesNothing()
    {
        await ImportGraphAsync();

        var found = await FindAllAsync(NodeKind.Lesson, new NodeFilter.AnyOf([]));

        Assert.Empty(found);
    }

    [Fact]
    public async Task FindNodes_Negation_ReturnsTheComplement()
    {
        await ImportGraphAsync();
        string[] cohesion = [EnumNames.ToConstant(ConditionKey.SocialCohesion)];

        var found = await FindAllAsync(NodeKind.Lesson, new NodeFilter.Negation(new NodeFilter.Related([_touches], cohesion)));

        Assert.Equal(Keys(Lessons.Except(Reaching(NodeKind.Lesson, [_touches], cohesion))), Keys(found));
    }

    [Fact]
    public async Task FindNodes_TextMatches_ReturnsMatchingPractices()
    {
        await ImportGraphAsync();

        var found = await FindAllAsync(NodeKind.Practice, new NodeFilter.TextMatches("CAFE wijk"));

        Assert.Equal(Keys(Expected(NodeKind.Practice, n => TextMatches(n, "CAFE wijk"))), Keys(found));
        Assert.Single(found);
    }
}
