using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    private static readonly string _cohesion = EnumNames.ToConstant(ConditionKey.SocialCohesion);

    private static Dictionary<string, (NodeFilter Filter, Func<GraphNode, bool> Matches)> PairFilterCases => new()
    {
        ["everything"] = (NodeFilter.Everything, _ => true),
        ["issue"] = (new NodeFilter.Related([_about], [Poverty]), n => IssuesOf(n.Key).Contains(Poverty)),
        ["scope"] = (new NodeFilter.PropertyIn(NodeProperty.Scope, ["LOCAL"]), n => ((Lesson)n).Scope == LessonScope.Local),
        ["text"] = (new NodeFilter.TextMatches("vertrouwen"), n => TextMatches(n, "vertrouwen")),
        ["any of"] = (
            new NodeFilter.AnyOf([new NodeFilter.PropertyIn(NodeProperty.Scope, ["NATIONAL"]), new NodeFilter.Related([_about], [Housing])]),
            n => ((Lesson)n).Scope == LessonScope.National || IssuesOf(n.Key).Contains(Housing)),
        ["negation"] = (
            new NodeFilter.Negation(new NodeFilter.Related([_touches], [_cohesion])),
            n => !Neighbours(n.Ref, _touches).Any(c => c.Key == _cohesion)),
        ["nothing"] = (new NodeFilter.KeyIn(["bestaat-niet"]), _ => false),
    };

    public static TheoryData<string, string> PairFiltersAndVisibilities()
    {
        var data = new TheoryData<string, string>();
        foreach (var filter in PairFilterCases.Keys)
        {
            foreach (var visibility in VisibilityCases.Keys)
            {
                data.Add(filter, visibility);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PairFiltersAndVisibilities))]
    public async Task CountPairs_LessonsPerConditionAndLevel_MatchesTheGraph(string filterName, string visibilityName)
    {
        await ImportGraphAsync();
        var (filter, matches) = PairFilterCases[filterName];
        var visibility = VisibilityCases[visibilityName];

        var counts = await Store.CountPairsAsync(NodeKind.Lesson, filter, _touches, _atLevel, visibility, None);

        Assert.Equal(ExpectedPairs(NodeKind.Lesson, matches, _touches, _atLevel, visibility), Sorted(counts));
    }

    /// <summary>The property the matrix's drill-down relies on: a cell's count is the total of the cell's lesson list.</summary>
    [Theory]
    [MemberData(nameof(PairFiltersAndVisibilities))]
    public async Task CountPairs_EveryCellOfTheGrid_EqualsTheTotalOfFindNodes(string filterName, string visibilityName)
    {
        await ImportGraphAsync();
        var filter = PairFilterCases[filterName].Filter;
        var visibility = VisibilityCases[visibilityName];
        var counts = (await Store.CountPairsAsync(NodeKind.Lesson, filter, _touches, _atLevel, visibility, None))
            .ToDictionary(c => (c.FirstKey, c.SecondKey), c => c.Count);

        foreach (var condition in EnumNames.AllConstants<ConditionKey>())
        {
            foreach (var level in EnumNames.AllConstants<LevelKey>())
            {
                var cell = new NodeFilter.AllOf(
                    [filter, new NodeFilter.Related([_touches], [condition]), new NodeFilter.Related([_atLevel], [level])]);
                var page = await Store.FindNodesAsync(new NodeQuery(NodeKind.Lesson, cell, NodeOrder.Natural, 0, null, visibility), None);

                Assert.True(
                    page.TotalCount == counts.GetValueOrDefault((condition, level)),
                    $"({condition}, {level}): FindNodes counts {page.TotalCount}, CountPairs {counts.GetValueOrDefault((condition, level))}.");
            }
        }
    }

    [Fact]
    public async Task CountPairs_LessonWithSeveralConditionsAndLevels_CountsInEachPair()
    {
        await ImportGraphAsync();

        var counts = await Store.CountPairsAsync(
            NodeKind.Lesson, new NodeFilter.KeyIn(["vroeg-erbij"]), _touches, _atLevel, Visibility.Public, None);

        Assert.Equal(
            [
                new PairCount("SOCIAL_INCLUSION", "INDIVIDUAL", 1),
                new PairCount("SOCIAL_INCLUSION", "ORGANISATIONS_AND_SYSTEMS", 1),
                new PairCount("SOCIO_ECONOMIC_SECURITY", "INDIVIDUAL", 1),
                new PairCount("SOCIO_ECONOMIC_SECURITY", "ORGANISATIONS_AND_SYSTEMS", 1),
            ],
            Sorted(counts));
    }

    [Fact]
    public async Task CountPairs_Draft_CountsOnlyForThoseWhoMaySeeIt()
    {
        await ImportGraphAsync();
        var draftOnly = new NodeFilter.KeyIn(["schaamte"]);

        var asPublic = await Store.CountPairsAsync(NodeKind.Lesson, draftOnly, _touches, _atLevel, Visibility.Public, None);
        var asHousingArena = await Store.CountPairsAsync(NodeKind.Lesson, draftOnly, _touches, _atLevel, new Visibility(false, [Housing]), None);
        var asPovertyArena = await Store.CountPairsAsync(NodeKind.Lesson, draftOnly, _touches, _atLevel, new Visibility(false, [Poverty]), None);

        Assert.Empty(asPublic);
        Assert.Empty(asHousingArena);
        Assert.Equal([new PairCount("SOCIAL_EMPOWERMENT", "INDIVIDUAL", 1)], asPovertyArena);
    }

    [Fact]
    public async Task CountPairs_FilterMatchingNothing_ReturnsNoPairs()
    {
        await ImportGraphAsync();

        var counts = await Store.CountPairsAsync(NodeKind.Lesson, new NodeFilter.AnyOf([]), _touches, _atLevel, Visibility.Everything, None);

        Assert.Empty(counts);
    }

    /// <summary>RELATES_TO is read either way; a draft at the far end is no pair key for callers who may not see it.</summary>
    [Theory]
    [MemberData(nameof(Visibilities))]
    public async Task CountPairs_OverABothWaysHop_CountsEachLessonOncePerVisibleRelatedLesson(string visibilityName)
    {
        await ImportGraphAsync();
        var visibility = VisibilityCases[visibilityName];

        var counts = await Store.CountPairsAsync(NodeKind.Lesson, NodeFilter.Everything, _relatesTo, _touches, visibility, None);

        Assert.NotEmpty(counts);
        Assert.Equal(ExpectedPairs(NodeKind.Lesson, _ => true, _relatesTo, _touches, visibility), Sorted(counts));
    }

    [Fact]
    public async Task CountPairs_LessonsRelatedBothWays_CountEachLessonOnce()
    {
        await ImportGraphAsync();
        await Store.ImportAsync(new GraphSnapshot([], [new(RelationshipType.RelatesTo, Lesson("buurtkamer-verbindt"), Lesson("keukentafel"))]), None);

        var counts = await Store.CountPairsAsync(
            NodeKind.Lesson, new NodeFilter.KeyIn(["keukentafel"]), _relatesTo, _touches, Visibility.Public, None);

        Assert.Equal([new PairCount("buurtkamer-verbindt", EnumNames.ToConstant(ConditionKey.SocioEconomicSecurity), 1)], counts);
    }

    private static List<PairCount> Sorted(IEnumerable<PairCount> counts) =>
        [.. counts.OrderBy(c => c.FirstKey, StringComparer.Ordinal).ThenBy(c => c.SecondKey, StringComparer.Ordinal)];

    /// <summary>The pair counts by their definition: each visible matching node, once per pair of visible keys it reaches.</summary>
    private static List<PairCount> ExpectedPairs(NodeKind kind, Func<GraphNode, bool> matches, Hop first, Hop second, Visibility visibility) =>
        Sorted(OfKind(kind)
            .Where(n => matches(n) && IsVisible(n, visibility))
            .SelectMany(n => VisibleKeys(n, first, visibility).SelectMany(a => VisibleKeys(n, second, visibility).Select(b => (a, b))))
            .GroupBy(pair => pair)
            .Select(g => new PairCount(g.Key.a, g.Key.b, g.Count())));

    private static IEnumerable<string> VisibleKeys(GraphNode node, Hop hop, Visibility visibility) =>
        Neighbours(node.Ref, hop).Where(n => IsVisible(Node(n), visibility)).Select(n => n.Key).Distinct();
}
