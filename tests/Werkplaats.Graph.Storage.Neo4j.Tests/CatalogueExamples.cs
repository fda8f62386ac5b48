using System.Reflection;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Neo4j.Cypher;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Neo4j.Tests;

/// <summary>
/// Every statement form the adapter can send, built through <see cref="CypherCatalogue"/>: each port method for every
/// kind, hop, order, relationship type and visibility, and the filter compiler's every form from a representative set
/// of filters. What the linter checks.
/// </summary>
internal static class CatalogueExamples
{
    public static readonly Visibility ArenaOfPoverty = new(false, [Poverty]);

    /// <summary>The programme committee: every draft, but no deleted lesson.</summary>
    public static readonly Visibility Committee = new(true, []);

    public static IReadOnlyList<Visibility> Visibilities { get; } = [Visibility.Public, ArenaOfPoverty, Committee, Visibility.Everything];

    /// <summary>Every hop the API follows: the named ones of <see cref="Hops"/>.</summary>
    public static IReadOnlyList<Hop> AllHops { get; } =
        [.. typeof(Hops).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (Hop)f.GetValue(null)!)];

    /// <summary>Filters that together use every form the compiler has: each node filter, nesting, one to three hops, each direction.</summary>
    public static IReadOnlyList<NodeFilter> Filters(NodeKind kind) =>
    [
        NodeFilter.Everything,
        new NodeFilter.AnyOf([]),
        new NodeFilter.AllOf(
        [
            new NodeFilter.KeyIn(["keukentafel", "vroeg-erbij"]),
            new NodeFilter.PropertyIn(NodeProperty.Status, ["PUBLISHED"]),
            new NodeFilter.PropertyIn(NodeProperty.Scope, ["LOCAL"]),
            new NodeFilter.DateBetween(kind == NodeKind.Lesson ? NodeProperty.LearnedOn : NodeProperty.StartedOn, new DateOnly(2020, 1, 1), new DateOnly(2024, 1, 1)),
            new NodeFilter.DateBetween(NodeProperty.LearnedOn, null, new DateOnly(2024, 1, 1)),
            new NodeFilter.FlagIs(NodeProperty.Formal, true),
            new NodeFilter.TextMatches("Één vertrouwen"),
            new NodeFilter.TextMatches("!!!"),
        ]),
        new NodeFilter.AnyOf(
        [
            new NodeFilter.Related([Hops.LessonConditions], ["SOCIAL_COHESION"]),
            new NodeFilter.Negation(new NodeFilter.Related([Hops.LessonPractices, Hops.PracticeIssues], [Poverty])),
            new NodeFilter.Related([Hops.LessonRelated, Hops.LessonPractices, Hops.PracticeActors], ["han"]),
            new NodeFilter.Related([Hops.LessonDerivedInto], ["vertrouwen-regionaal"]),
        ]),
    ];

    /// <summary>
    /// Every statement form. A kind's label only fills a slot of a form, so the forms are shown for a representative
    /// kind each, except where the kind changes the text: the filters (per kind properties), the orders (numeric for
    /// conditions), the imports and the hops, which go through every kind and relationship type.
    /// </summary>
    public static IEnumerable<CypherStatement> All()
    {
        foreach (var statement in CypherCatalogue.Bootstrap())
        {
            yield return statement;
        }

        yield return CypherCatalogue.CountNodes();
        yield return CypherCatalogue.ReadDataVersion();
        yield return CypherCatalogue.ReadChangeLog(null, 21);
        yield return CypherCatalogue.DeriveAbout();
        yield return CypherCatalogue.RecomputeAbout(NodeKind.Practice, ["samen-in-de-ooij"]);
        foreach (var visibility in Visibilities)
        {
            yield return CypherCatalogue.GetNodes(NodeKind.Lesson, ["a", "b"], visibility);
            yield return CypherCatalogue.GetRelationships(NodeKind.Lesson, ["a"], [RelationshipType.PartOf, RelationshipType.About], visibility);
            yield return CypherCatalogue.FindPage(new NodeQuery(NodeKind.Lesson, NodeFilter.Everything, NodeOrder.Natural, 10, null, visibility));
        }

        foreach (var kind in new[] { NodeKind.Lesson, NodeKind.Practice, NodeKind.Actor })
        {
            foreach (var filter in Filters(kind))
            {
                var query = new NodeQuery(kind, filter, NodeOrder.Natural, 10, null, ArenaOfPoverty);
                yield return CypherCatalogue.FindPage(query);
                yield return CypherCatalogue.Count(query);
            }
        }

        foreach (var kind in new[] { NodeKind.Lesson, NodeKind.Condition })
        {
            foreach (var order in Enum.GetValues<NodeOrder>())
            {
                var position = new SortPosition(NodeSort.For(kind, order).Numeric ? "3" : "m", "key");
                yield return CypherCatalogue.FindPage(new NodeQuery(kind, NodeFilter.Everything, order, 10, position, Visibility.Public));
            }
        }

        foreach (var hop in AllHops)
        {
            var source = RelationshipSchema.EndpointsOf(hop.Type)
                .Select(ends => hop.Direction == Direction.Incoming ? ends.To : ends.From).First();
            yield return CypherCatalogue.GetLinks(source, ["a", "b"], hop, ArenaOfPoverty);
        }

        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            yield return CypherCatalogue.ImportNodes(kind, [.. OfKind(kind).Take(2).Select(NodeProperties.From)]);
        }

        foreach (var type in Enum.GetValues<RelationshipType>().Where(t => !RelationshipSchema.IsDerived(t)))
        {
            foreach (var (from, to) in RelationshipSchema.EndpointsOf(type))
            {
                yield return CypherCatalogue.ImportRelationships(type, from, to, [Row(new Relationship(type, new(from, "a"), new(to, "b")))]);
            }
        }

        yield return CypherCatalogue.Search(new SearchQuery("eenzaamheid jongeren", [], 10, Visibility.Public))!;
        yield return CypherCatalogue.Search(new SearchQuery("Één", [NodeKind.Lesson, NodeKind.Issue], 10, ArenaOfPoverty))!;
        yield return CypherCatalogue.CountPairs(NodeKind.Lesson, Filters(NodeKind.Lesson)[^1], Hops.LessonConditions, Hops.LessonLevels, ArenaOfPoverty);
        yield return CypherCatalogue.CountPairs(NodeKind.Lesson, NodeFilter.Everything, Hops.LessonRelated, Hops.LessonIssues, Visibility.Everything);
        yield return CypherCatalogue.GetAudit(NodeKind.Lesson, ["a"]);
        foreach (var statement in Writes().Concat(Transfer()))
        {
            yield return statement;
        }
    }

    /// <summary>The statements of the copy command's export and restore.</summary>
    public static IEnumerable<CypherStatement> Transfer()
    {
        yield return CypherCatalogue.ExportNodes(NodeKind.Lesson, "keukentafel", 1000);
        yield return CypherCatalogue.ExportAudit(NodeKind.Lesson);
        yield return CypherCatalogue.ExportRelationships([RelationshipType.PartOf, RelationshipType.Touches]);
        yield return CypherCatalogue.ExportIdempotencyKeys();
        yield return CypherCatalogue.RestoreAudit(NodeKind.Lesson,
        [
            new() { ["key"] = "schaamte", ["createdBy"] = "han", ["createdByName"] = null, ["createdAt"] = "2026-04-02T08:15:00.0000000Z", ["changedBy"] = "han", ["changedByName"] = null, ["changedAt"] = "2026-04-02T08:15:00.0000000Z" },
        ]);
        yield return CypherCatalogue.RestoreIdempotencyKeys(
            [new() { ["actor"] = "han", ["key"] = "first-try", ["result"] = "schaamte", ["createdAt"] = "2026-04-02T08:15:00.0000000Z" }]);
        yield return CypherCatalogue.RestoreChangeLog(
        [
            new() { ["sequence"] = 7L, ["at"] = "2026-04-02T08:15:00.0000000Z", ["actor"] = "han", ["actorName"] = null, ["operation"] = "recordLesson", ["changes"] = ChangeLogJson.Write(Change()) },
        ]);
        yield return CypherCatalogue.RestoreChangeLogCounter(7);
    }

    /// <summary>The statements of one change, in the order the write port sends them.</summary>
    public static IEnumerable<CypherStatement> Writes()
    {
        var change = Change();
        var lessons = change.Created.Concat(change.Updated).Select(NodeProperties.From).ToList();
        var touches = new[] { Row(change.Removed[0]) };
        yield return CypherCatalogue.StoredResult(change.Author.ActorKey, change.IdempotencyKey!);
        yield return CypherCatalogue.CreateNodes(NodeKind.Lesson, lessons);
        yield return CypherCatalogue.ExistingKeys(NodeKind.Lesson, ["keukentafel"]);
        yield return CypherCatalogue.UpdateNodes(NodeKind.Lesson, lessons);
        yield return CypherCatalogue.RemoveRelationships(RelationshipType.Touches, NodeKind.Lesson, NodeKind.Condition, touches);
        yield return CypherCatalogue.AddRelationships(RelationshipType.Touches, NodeKind.Lesson, NodeKind.Condition, touches);
        yield return CypherCatalogue.Touch(NodeKind.Lesson, ["samen-koken", "keukentafel"], ["samen-koken"], change);
        yield return CypherCatalogue.RecomputeAbout(NodeKind.Lesson, ["samen-koken"]);
        yield return CypherCatalogue.AppendChangeLog(change, ChangeLogJson.Write(change));
        yield return CypherCatalogue.StoreResult(change, change.IdempotencyKey!);
        yield return CypherCatalogue.MoveDataVersionOn();
    }

    /// <summary>A change that uses every part of the write port: create, update, add, remove, an idempotency key.</summary>
    public static GraphChange Change() =>
        new(new ChangeAuthor("han", "Sanne"), new DateTimeOffset(2026, 2, 1, 9, 30, 0, TimeSpan.Zero), "samen-koken", "retry-1")
        {
            Operation = "recordLesson",
            Created = [new Lesson("samen-koken", "Samen koken verbindt", "Wie samen kookt, leert elkaar kennen.", LessonScope.Local, EvidenceKind.Experience, new DateOnly(2026, 2, 1), PublicationStatus.Draft)],
            Updated = [(Lesson)Node(Lesson("keukentafel")) with { Title = "Aan de keukentafel" }],
            Added = [new(RelationshipType.LearnedIn, Lesson("samen-koken"), Practice("buurtkamer-hatert")), new(RelationshipType.Touches, Lesson("samen-koken"), Condition(ConditionKey.SocialCohesion))],
            Removed = [new(RelationshipType.Touches, Lesson("keukentafel"), Condition(ConditionKey.SocioEconomicSecurity))],
        };

    public static Dictionary<string, object?> Row(Relationship relationship) => new()
    {
        ["from"] = relationship.From.Key,
        ["to"] = relationship.To.Key,
        ["props"] = NodeProperties.From(relationship),
    };
}
