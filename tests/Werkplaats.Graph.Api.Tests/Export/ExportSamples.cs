using System.Globalization;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Traversal;
using static Werkplaats.Graph.Core.Model.RelationshipType;

namespace Werkplaats.Graph.Api.Tests.Export;

/// <summary>
/// Subgraphs to export, and what an export must say about each node and edge, worked out here from the model (not
/// from the writers' own catalogue) so the tests check the writers rather than repeat them.
/// </summary>
internal static class ExportSamples
{
    public const string SeedLesson = "vroegsignalering-werkt-via-vertrouwde-personen";

    private const string SeedLessonName = "seed lesson";
    private const string SpecialCharactersName = "special characters";

    /// <summary>The samples by name, for theories over both.</summary>
    public static TheoryData<string> Names() => [SeedLessonName, SpecialCharactersName];

    public static Subgraph Named(string name) => name switch
    {
        SeedLessonName => AroundSeedLesson(),
        SpecialCharactersName => SmallWithSpecialCharacters(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such sample."),
    };

    /// <summary>
    /// A seed lesson with everything it points to (conditions, levels, domains, practice), the practice's issues and
    /// actors, and every seed relationship between those nodes (INVOLVES with roles, PARTICIPATES_IN with mode and since).
    /// </summary>
    public static Subgraph AroundSeedLesson()
    {
        var snapshot = SeedGraph.Snapshot;
        var lesson = new NodeRef(NodeKind.Lesson, SeedLesson);
        var pointedTo = snapshot.Relationships.Where(r => r.From == lesson).Select(r => r.To).ToList();
        var ofPractices = snapshot.Relationships
            .Where(r => r.Type is PartOf or Involves && pointedTo.Contains(r.From))
            .Select(r => r.To);
        var refs = pointedTo.Concat(ofPractices).Append(lesson).ToHashSet();
        return new Subgraph(
            [.. snapshot.Nodes.Where(n => refs.Contains(n.Ref))],
            [.. snapshot.Relationships.Where(r => refs.Contains(r.From) && refs.Contains(r.To))],
            Truncated: false);
    }

    /// <summary>A small fixed subgraph whose texts hold XML's special characters and Dutch accents.</summary>
    public static Subgraph SmallWithSpecialCharacters()
    {
        var lesson = new Lesson(
            "cafe-een-ideeen", "Café \"Één\" <samen> & ideeën", "Wie 's ochtends komt, blijft.", LessonScope.Local,
            EvidenceKind.Practice, Day("2021-03-10"), PublicationStatus.Published);
        var practice = new Practice(
            "buurtcafe-hatert", "Buurtcafé Hatert", "Koffie & gesprek.", "Hatert", "Nijmegen", PracticeStatus.Running, Day("2020-01-15"), null);
        var issue = new Issue(
            "eenzaamheid-en-betekenisvol-contact", new("Eenzaamheid en betekenisvol contact", "Loneliness and meaningful contact"),
            new("Verbinding.", null), IssueStatus.Active, Day("2019-04-01"), null);
        var actor = new Actor("ervaringsdeskundigen", "Ervaringsdeskundigen", ActorCategory.ExperienceExpert, false, null, false);
        var level = new Level(LevelKey.Neighbourhood, new("Wijken", "Neighbourhoods"), 5);
        var condition = new Condition(ConditionKey.SocialCohesion, new("Sociale cohesie", "Social cohesion"), new("Verbondenheid.", null));
        return new Subgraph(
            [lesson, practice, issue, actor, level, condition],
            [
                new(LearnedIn, lesson.Ref, practice.Ref),
                new(Touches, lesson.Ref, condition.Ref),
                new(AtLevel, lesson.Ref, level.Ref),
                new(PartOf, practice.Ref, issue.Ref),
                new(Involves, practice.Ref, actor.Ref, Role: "gastvrouw & kok"),
                new(ParticipatesIn, actor.Ref, issue.Ref, Mode: ParticipationMode.Arena, Since: Day("2020-02-01")),
            ],
            Truncated: true);
    }

    /// <summary>Every attribute the export must give the node, as text.</summary>
    public static Dictionary<string, string> ExpectedAttributes(GraphNode node)
    {
        var attributes = new Dictionary<string, string?>
        {
            ["kind"] = node.Kind.ToString(),
            ["key"] = node.Key,
            ["label"] = node.DisplayName,
        };
        switch (node)
        {
            case Lesson lesson:
                (attributes["scope"], attributes["evidence"], attributes["status"], attributes["learnedOn"]) =
                    (EnumNames.ToConstant(lesson.Scope), EnumNames.ToConstant(lesson.Evidence), EnumNames.ToConstant(lesson.Status), Iso(lesson.LearnedOn));
                break;
            case Practice practice:
                (attributes["place"], attributes["municipality"], attributes["status"], attributes["startedOn"], attributes["endedOn"]) =
                    (practice.Place, practice.Municipality, EnumNames.ToConstant(practice.Status), Iso(practice.StartedOn), Iso(practice.EndedOn));
                break;
            case Issue issue:
                (attributes["status"], attributes["startedOn"], attributes["endedOn"]) =
                    (EnumNames.ToConstant(issue.Status), Iso(issue.StartedOn), Iso(issue.EndedOn));
                break;
            case Actor actor:
                (attributes["category"], attributes["formal"]) = (EnumNames.ToConstant(actor.Category), actor.Formal ? "true" : "false");
                break;
            case Level level:
                attributes["ordinal"] = level.Ordinal.ToString(CultureInfo.InvariantCulture);
                break;
        }

        return Present(attributes);
    }

    /// <summary>Every attribute the export must give the relationship's edge, as text.</summary>
    public static Dictionary<string, string> ExpectedAttributes(Relationship relationship) => Present(new()
    {
        ["type"] = EnumNames.ToConstant(relationship.Type),
        ["role"] = relationship.Role,
        ["mode"] = relationship.Mode is { } mode ? EnumNames.ToConstant(mode) : null,
        ["since"] = Iso(relationship.Since),
    });

    /// <summary>An edge as one comparable line: its ends and its attributes in name order.</summary>
    public static string Describe(string source, string target, IReadOnlyDictionary<string, string> attributes) =>
        $"{source} -> {target} " + string.Join(", ", attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));

    private static Dictionary<string, string> Present(Dictionary<string, string?> attributes) =>
        attributes.Where(a => a.Value is not null).ToDictionary(a => a.Key, a => a.Value!);

    private static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
