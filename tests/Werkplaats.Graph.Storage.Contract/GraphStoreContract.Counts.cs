using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Contract;

/// <summary>
/// Counts stay exact through writes: after every kind of write that can move a lesson between cells, the matrix of
/// every two tag hops and the totals of every tag filter equal a LINQ count over the graph as written
/// (<see cref="LessonCountModel"/>), for callers who see different drafts.
/// </summary>
public abstract partial class GraphStoreContract
{
    private static readonly Visibility[] _countVisibilities =
    [
        Visibility.Public,
        new(false, [Poverty]),
        new(false, [Housing]),
        new(false, [Loneliness, Housing]),
        Visibility.Everything,
    ];

    /// <summary>The writes, in order: each moves lessons between cells, buckets or visibility in another way.</summary>
    public static IEnumerable<(string Step, GraphChange Change)> CountedWrites()
    {
        GraphChange Change() => new(_author, _at, _new.Key, null);
        var published = _new with { Status = PublicationStatus.Published };
        yield return ("record a draft", Record() with
        {
            Added =
            [
                .. Record().Added,
                new(RelationshipType.AtLevel, _new.Ref, Level(LevelKey.Neighbourhood)),
                new(RelationshipType.InDomain, _new.Ref, Domain("welzijn")),
            ],
        });
        yield return ("relate it", Change() with { Added = [new(RelationshipType.RelatesTo, _new.Ref, Lesson("keukentafel"))] });
        yield return ("publish it", Change() with { Updated = [published] });
        yield return ("change its condition and level", Change() with
        {
            Updated = [published],
            Removed =
            [
                new(RelationshipType.AtLevel, _new.Ref, Level(LevelKey.Neighbourhood)),
                new(RelationshipType.Touches, _new.Ref, Condition(ConditionKey.SocialInclusion)),
            ],
            Added =
            [
                new(RelationshipType.AtLevel, _new.Ref, Level(LevelKey.Family)),
                new(RelationshipType.AtLevel, _new.Ref, Level(LevelKey.Group)),
                new(RelationshipType.Touches, _new.Ref, Condition(ConditionKey.SocialCohesion)),
            ],
        });
        yield return ("unpublish a lesson", Change() with { Updated = [(Lesson)Node(Lesson("keukentafel")) with { Status = PublicationStatus.Draft }] });
        yield return ("lift a draft from another atelier's lesson", Change() with
        {
            Added = [new(RelationshipType.DerivedFrom, Lesson("signalen-regionaal"), Lesson("samen-wandelen"))],
        });
        yield return ("let a practice serve another atelier", Change() with
        {
            Added = [new(RelationshipType.PartOf, Practice("buurtkamer-hatert"), Issue(Poverty))],
        });
        yield return ("record a draft of no atelier", new GraphChange(_author, _at, "los-concept", null)
        {
            Created = [_new with { Key = "los-concept" }],
            Added = [new(RelationshipType.Touches, Lesson("los-concept"), Condition(ConditionKey.SocialCohesion))],
        });
        yield return ("retitle a draft", Change() with
        {
            Updated = [(Lesson)Node(Lesson("schaamte")) with { Title = "Schaamte houdt mensen nog steeds weg" }],
        });
    }

    [Fact]
    public async Task Counts_MatrixAndTagFilterTotals_EqualTheGraph_BeforeAndAfterEveryWrite()
    {
        await ImportGraphAsync();
        var model = new LessonCountModel(Snapshot);
        await AssertCountsAsync(model, "imported");

        foreach (var (step, change) in CountedWrites())
        {
            await Writer.ApplyAsync(change, None);
            model.Apply(change);
            await AssertCountsAsync(model, step);
        }
    }

    [Fact]
    public async Task Counts_AfterAnUpsertImport_EqualTheGraph()
    {
        await ImportGraphAsync();
        var model = new LessonCountModel(Snapshot);
        var more = new GraphSnapshot(
            [(Lesson)Node(Lesson("schaamte")) with { Status = PublicationStatus.Published }, _new],
            [
                new(RelationshipType.LearnedIn, _new.Ref, Practice("samen-in-de-ooij")),
                new(RelationshipType.Touches, _new.Ref, Condition(ConditionKey.SocialEmpowerment)),
                new(RelationshipType.AtLevel, Lesson("dorp-concept"), Level(LevelKey.Company)),
            ]);

        await Store.ImportAsync(more, None);
        model.Import(more);

        await AssertCountsAsync(model, "upsert import");
    }

    private async Task AssertCountsAsync(LessonCountModel model, string step)
    {
        foreach (var visibility in _countVisibilities)
        {
            await model.AssertStoreCountsAsync(Store, visibility, $"{step}, drafts of [{string.Join(", ", visibility.DraftsOfIssues)}] all {visibility.AllDrafts}");
        }
    }
}
