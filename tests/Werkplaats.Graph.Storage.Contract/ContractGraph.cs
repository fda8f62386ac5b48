using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using static Werkplaats.Graph.Core.Model.RelationshipType;

namespace Werkplaats.Graph.Storage.Contract;

/// <summary>
/// A small hand-built graph every adapter imports, and the expected answers computed from it with LINQ: three
/// ateliers, drafts in two of them, a regional lesson lifted from two ateliers and a national one lifted from that.
/// </summary>
public static class ContractGraph
{
    public const string Poverty = "armoede-en-schulden";
    public const string Loneliness = "eenzaamheid-en-betekenisvol-contact";
    public const string Housing = "samen-wonen-in-de-wijk";

    public static readonly IReadOnlyList<GraphNode> Nodes =
    [
        new Issue(Poverty, new("Armoede en schulden", "Poverty and debt"), new("Rondkomen, schulden en bestaanszekerheid.", "Making ends meet."), IssueStatus.Active, Day("2019-03-01"), null),
        new Issue(Loneliness, new("Eenzaamheid en betekenisvol contact", "Loneliness and meaningful contact"), new("Verbinding tussen mensen.", null), IssueStatus.Active, Day("2019-04-01"), null),
        new Issue(Housing, new("Samen wonen in de wijk", "Living together in the neighbourhood"), new("Samenleven in buurten.", null), IssueStatus.Merged, Day("2019-05-01"), Day("2023-01-01")),
        new Condition(ConditionKey.SocioEconomicSecurity, new("Sociaal-economische zekerheid", "Socio-economic security"), new("Werk, inkomen, wonen.", "Work, income, housing.")),
        new Condition(ConditionKey.SocialInclusion, new("Sociale inclusie", "Social inclusion"), new("Toegankelijkheid van systemen.", null)),
        new Condition(ConditionKey.SocialCohesion, new("Sociale cohesie", "Social cohesion"), new("Verbondenheid op basis van respect.", null)),
        new Condition(ConditionKey.SocialEmpowerment, new("Sociale empowerment", "Social empowerment"), new("Ruimte voor ontwikkeling.", null)),
        new Level(LevelKey.Individual, new("Individu", "Individual"), 1),
        new Level(LevelKey.Family, new("Gezin", "Family"), 2),
        new Level(LevelKey.SocialNetwork, new("Sociaal netwerk", "Social network"), 3),
        new Level(LevelKey.Group, new("Groepen", "Groups"), 4),
        new Level(LevelKey.Neighbourhood, new("Wijken", "Neighbourhoods"), 5),
        new Level(LevelKey.Company, new("Bedrijven", "Companies"), 6),
        new Level(LevelKey.VillageOrCity, new("Dorp/stad", "Village or city"), 7),
        new Level(LevelKey.OrganisationsAndSystems, new("Organisaties, structuren en systemen", "Organisations and systems"), 8),
        new Domain("welzijn", new("Welzijn", "Wellbeing")),
        new Domain("zorg", new("Zorg", "Care")),
        new Actor("han", "Hogeschool van Arnhem en Nijmegen", ActorCategory.EducationInstitution, true, "Lectoraat sociale kwaliteit.", true),
        new Actor("gemeente-nijmegen", "Gemeente Nijmegen", ActorCategory.Municipality, true, null, false),
        new Actor("buurtbewoners-hatert", "buurtbewoners Hatert", ActorCategory.Resident, false, "Bewoners van de wijk.", false),
        new Actor("ervaringsdeskundigen", "Ervaringsdeskundigen", ActorCategory.ExperienceExpert, false, "Één stem voor wie armoede kent.", false),
        new Practice("schuldhulp-keukentafel", "Schuldhulp aan de keukentafel", "Vrijwilligers helpen thuis.", "Dukenburg", "Nijmegen", PracticeStatus.Running, Day("2020-01-15"), null),
        new Practice("vroegsignalering", "Vroegsignalering", "Betalingsachterstanden vroeg zien.", "Lindenholt", "Nijmegen", PracticeStatus.Completed, Day("2019-09-01"), Day("2022-06-30")),
        new Practice("buurtkamer-hatert", "Buurtkamer Hatert", "Het café in de wijk, open voor iedereen.", "Hatert", "Nijmegen", PracticeStatus.Running, Day("2020-03-01"), null),
        new Practice("wandelgroep", "Wandelgroep één op één", "Samen wandelen tegen eenzaamheid.", "Malden", "Heumen", PracticeStatus.Planned, Day("2021-05-01"), null),
        new Practice("samen-in-de-ooij", "Samen in de Ooij", "Wonen en zorgen in het dorp.", "Ooij", "Berg en Dal", PracticeStatus.Running, Day("2019-11-01"), null),
        Lesson("keukentafel", "Gesprekken aan de keukentafel bouwen vertrouwen", "Wie thuis geholpen wordt, durft over schulden te praten.", LessonScope.Local, EvidenceKind.Practice, "2021-02-01", PublicationStatus.Published),
        Lesson("vroeg-erbij", "Vroeg erbij zijn scheelt", "Signalen van achterstand komen uit systemen van organisaties.", LessonScope.Local, EvidenceKind.Research, "2021-06-01", PublicationStatus.Published),
        Lesson("schaamte", "Schaamte houdt mensen weg", "Ervaringsdeskundigen openen deuren.", LessonScope.Local, EvidenceKind.Experience, "2022-01-10", PublicationStatus.Draft),
        Lesson("buurtkamer-verbindt", "Een buurtkamer verbindt bewoners", "Sociale cohesie groeit waar mensen elkaar vaak zien.", LessonScope.Local, EvidenceKind.Practice, "2021-06-01", PublicationStatus.Published),
        Lesson("samen-wandelen", "Samen wandelen werkt", "Eén vaste dag per week geeft houvast.", LessonScope.Local, EvidenceKind.Experience, "2022-03-15", PublicationStatus.Published),
        Lesson("onzichtbare-eenzaamheid", "Eenzaamheid onder jongeren is onzichtbaar", "Jongeren zoeken geen hulp.", LessonScope.Local, EvidenceKind.Practice, "2023-01-20", PublicationStatus.Draft),
        Lesson("dorp-zorgt", "Het dorp zorgt mee", "Buren nemen taken over.", LessonScope.Local, EvidenceKind.Practice, "2022-09-01", PublicationStatus.Published),
        Lesson("dorp-concept", "Wonen en zorg in één plan", "Nog te bespreken in de arena.", LessonScope.Local, EvidenceKind.Practice, "2023-05-01", PublicationStatus.Draft),
        Lesson("vertrouwen-regionaal", "Vertrouwen is de basis", "Lokale lessen over vertrouwen, van armoede tot eenzaamheid.", LessonScope.Regional, EvidenceKind.Research, "2023-03-01", PublicationStatus.Published),
        Lesson("signalen-regionaal", "Signalen delen in de regio", "Concept voor regionale afspraken.", LessonScope.Regional, EvidenceKind.Research, "2023-06-01", PublicationStatus.Draft),
        Lesson("vertrouwen-nationaal", "Vertrouwen als landelijke les", "Wat de regio leerde, voor het hele land.", LessonScope.National, EvidenceKind.Research, "2024-01-15", PublicationStatus.Published),
        Lesson("jongeren-sport", "Jongeren vinden elkaar via sport", "Sportverenigingen bereiken jongeren.", LessonScope.Local, EvidenceKind.Experience, "2023-03-01", PublicationStatus.Published),
    ];

    public static readonly IReadOnlyList<Relationship> Relationships =
    [
        Rel(PartOf, Practice("schuldhulp-keukentafel"), Issue(Poverty)),
        Rel(PartOf, Practice("vroegsignalering"), Issue(Poverty)),
        Rel(PartOf, Practice("buurtkamer-hatert"), Issue(Loneliness)),
        Rel(PartOf, Practice("wandelgroep"), Issue(Loneliness)),
        Rel(PartOf, Practice("samen-in-de-ooij"), Issue(Housing)),
        Rel(PartOf, Practice("samen-in-de-ooij"), Issue(Loneliness)),
        Rel(InDomain, Practice("schuldhulp-keukentafel"), Domain("welzijn")),
        Rel(InDomain, Practice("samen-in-de-ooij"), Domain("zorg")),
        Rel(AtLevel, Practice("buurtkamer-hatert"), Level(LevelKey.Neighbourhood)),
        new(Involves, Practice("schuldhulp-keukentafel"), Actor("gemeente-nijmegen"), Role: "financier"),
        new(Involves, Practice("buurtkamer-hatert"), Actor("buurtbewoners-hatert"), Role: "initiatiefnemer"),
        new(Involves, Practice("wandelgroep"), Actor("ervaringsdeskundigen"), Role: "begeleider"),
        new(ParticipatesIn, Actor("han"), Issue(Poverty), Mode: ParticipationMode.Arena, Since: Day("2019-03-01")),
        new(ParticipatesIn, Actor("han"), Issue(Loneliness), Mode: ParticipationMode.Arena, Since: Day("2019-04-01")),
        new(ParticipatesIn, Actor("gemeente-nijmegen"), Issue(Poverty), Mode: ParticipationMode.Tribune, Since: Day("2020-01-01")),
        new(ParticipatesIn, Actor("buurtbewoners-hatert"), Issue(Loneliness), Mode: ParticipationMode.Arena, Since: Day("2020-02-01")),
        new(ParticipatesIn, Actor("ervaringsdeskundigen"), Issue(Housing), Mode: ParticipationMode.Tribune),
        Rel(Leads, Actor("han"), Issue(Poverty)),
        Rel(MergedInto, Issue(Housing), Issue(Loneliness)),
        .. Tagged("keukentafel", "schuldhulp-keukentafel", [ConditionKey.SocioEconomicSecurity], [LevelKey.Family], ["welzijn"]),
        .. Tagged("vroeg-erbij", "vroegsignalering", [ConditionKey.SocioEconomicSecurity, ConditionKey.SocialInclusion], [LevelKey.Individual, LevelKey.OrganisationsAndSystems], []),
        .. Tagged("schaamte", "schuldhulp-keukentafel", [ConditionKey.SocialEmpowerment], [LevelKey.Individual], []),
        .. Tagged("buurtkamer-verbindt", "buurtkamer-hatert", [ConditionKey.SocialCohesion], [LevelKey.Neighbourhood], ["welzijn"]),
        .. Tagged("samen-wandelen", "wandelgroep", [ConditionKey.SocialCohesion, ConditionKey.SocialEmpowerment], [LevelKey.SocialNetwork, LevelKey.Group], ["zorg"]),
        .. Tagged("onzichtbare-eenzaamheid", "buurtkamer-hatert", [ConditionKey.SocialCohesion], [LevelKey.Neighbourhood], []),
        .. Tagged("dorp-zorgt", "samen-in-de-ooij", [ConditionKey.SocialCohesion], [LevelKey.VillageOrCity], ["zorg"]),
        .. Tagged("dorp-concept", "samen-in-de-ooij", [ConditionKey.SocialInclusion], [LevelKey.VillageOrCity], []),
        .. Tagged("vertrouwen-regionaal", null, [ConditionKey.SocialCohesion, ConditionKey.SocioEconomicSecurity], [LevelKey.VillageOrCity], []),
        .. Tagged("signalen-regionaal", null, [ConditionKey.SocioEconomicSecurity], [LevelKey.OrganisationsAndSystems], []),
        .. Tagged("vertrouwen-nationaal", null, [ConditionKey.SocialCohesion], [LevelKey.OrganisationsAndSystems], []),
        .. Tagged("jongeren-sport", "wandelgroep", [ConditionKey.SocialInclusion], [LevelKey.Group], ["zorg"]),
        Rel(DerivedFrom, Lesson("vertrouwen-regionaal"), Lesson("keukentafel")),
        Rel(DerivedFrom, Lesson("vertrouwen-regionaal"), Lesson("buurtkamer-verbindt")),
        Rel(DerivedFrom, Lesson("signalen-regionaal"), Lesson("vroeg-erbij")),
        Rel(DerivedFrom, Lesson("vertrouwen-nationaal"), Lesson("vertrouwen-regionaal")),
        Rel(RelatesTo, Lesson("keukentafel"), Lesson("buurtkamer-verbindt")),
        Rel(RelatesTo, Lesson("samen-wandelen"), Lesson("dorp-zorgt")),
        Rel(RelatesTo, Lesson("buurtkamer-verbindt"), Lesson("onzichtbare-eenzaamheid")),
    ];

    public static GraphSnapshot Snapshot { get; } = new(Nodes, Relationships);

    public static IEnumerable<Lesson> Lessons => Nodes.OfType<Lesson>();

    public static IEnumerable<GraphNode> OfKind(NodeKind kind) => Nodes.Where(n => n.Kind == kind);

    public static GraphNode Node(NodeRef node) => Nodes.Single(n => n.Ref == node);

    public static NodeRef Issue(string key) => new(NodeKind.Issue, key);

    public static NodeRef Lesson(string key) => new(NodeKind.Lesson, key);

    public static NodeRef Practice(string key) => new(NodeKind.Practice, key);

    public static NodeRef Actor(string key) => new(NodeKind.Actor, key);

    public static NodeRef Domain(string key) => new(NodeKind.Domain, key);

    public static NodeRef Condition(ConditionKey key) => new(NodeKind.Condition, EnumNames.ToConstant(key));

    public static NodeRef Level(LevelKey key) => new(NodeKind.Level, EnumNames.ToConstant(key));

    /// <summary>The nodes one hop away, following the relationships as imported (and ABOUT as derived here).</summary>
    public static IEnumerable<NodeRef> Neighbours(NodeRef node, Hop hop) =>
        AllRelationships
            .Where(r => r.Type == hop.Type)
            .SelectMany(r => (hop.Direction, r.From == node, r.To == node) switch
            {
                (Direction.Outgoing or Direction.Both, true, _) => [r.To],
                (Direction.Incoming or Direction.Both, _, true) => new[] { r.From },
                _ => [],
            })
            .Where(n => n.Kind == hop.Target);

    /// <summary>The nodes from which the path reaches one of the keys.</summary>
    public static IEnumerable<GraphNode> Reaching(NodeKind kind, IReadOnlyList<Hop> path, IReadOnlyCollection<string> keys) =>
        OfKind(kind).Where(n => path.Aggregate((IEnumerable<NodeRef>)[n.Ref], (at, hop) => at.SelectMany(a => Neighbours(a, hop)).Distinct())
            .Any(end => keys.Contains(end.Key)));

    /// <summary>ABOUT as MODEL.md defines it: the issues of the lesson's practices and of the lessons it was lifted from.</summary>
    public static IEnumerable<string> IssuesOf(string lessonKey) => IssuesOf(lessonKey, Relationships);

    /// <summary>ABOUT as MODEL.md defines it, over <paramref name="relationships"/> (e.g. the graph after a change).</summary>
    public static IEnumerable<string> IssuesOf(string lessonKey, IReadOnlyCollection<Relationship> relationships)
    {
        var lessons = new HashSet<string> { lessonKey };
        for (var grew = true; grew;)
        {
            var lifted = relationships.Where(r => r.Type == DerivedFrom && lessons.Contains(r.From.Key)).Select(r => r.To.Key);
            grew = lifted.Any(l => lessons.Add(l));
        }

        var practices = relationships.Where(r => r.Type == LearnedIn && lessons.Contains(r.From.Key)).Select(r => r.To);
        return relationships.Where(r => r.Type == PartOf && practices.Contains(r.From)).Select(r => r.To.Key).Distinct();
    }

    public static bool IsVisible(GraphNode node, Visibility visibility) => node switch
    {
        Lesson { Status: PublicationStatus.Deleted } => visibility.WithDeleted,
        Lesson { Status: PublicationStatus.Draft } lesson =>
            visibility.AllDrafts || IssuesOf(lesson.Key).Intersect(visibility.DraftsOfIssues).Any(),
        _ => true,
    };

    /// <summary>The nodes in the order the port defines: sort value, then key, both in the order's direction.</summary>
    public static IEnumerable<GraphNode> Ordered(IEnumerable<GraphNode> nodes, NodeKind kind, NodeOrder order)
    {
        var (sortValue, descending) = SortOf(kind, order);
        var ascending = nodes.OrderBy(sortValue, Comparer<IComparable>.Default).ThenBy(n => n.Key, StringComparer.Ordinal);
        return descending ? ascending.Reverse() : ascending;
    }

    /// <summary>True when every word of <paramref name="text"/> starts a word of the node's texts, case and accents aside.</summary>
    public static bool TextMatches(GraphNode node, string text)
    {
        var nodeWords = Words(string.Join(' ', Texts(node)));
        var queryWords = Words(text);
        return queryWords.Count > 0 && queryWords.All(q => nodeWords.Any(w => w.StartsWith(q, StringComparison.Ordinal)));
    }

    /// <summary>The imported relationships and the ABOUT ones a store derives from them.</summary>
    public static IEnumerable<Relationship> AllRelationships =>
        Relationships.Concat(Lessons.SelectMany(l => IssuesOf(l.Key).Select(i => Rel(About, l.Ref, Issue(i)))));

    private static (Func<GraphNode, IComparable> SortValue, bool Descending) SortOf(NodeKind kind, NodeOrder order)
    {
        Func<GraphNode, IComparable> name = n => n.DisplayName.ToLowerInvariant();
        Func<GraphNode, IComparable>? date = kind switch
        {
            NodeKind.Lesson => n => ((Lesson)n).LearnedOn,
            NodeKind.Issue => n => ((Issue)n).StartedOn,
            NodeKind.Practice => n => ((Practice)n).StartedOn,
            _ => null,
        };
        return order switch
        {
            NodeOrder.Key => (n => n.Key, false),
            NodeOrder.Name => (name, false),
            NodeOrder.NewestFirst => date is null ? (name, false) : (date, true),
            NodeOrder.OldestFirst => (date ?? name, false),
            _ => kind switch
            {
                NodeKind.Condition => (n => (int)((Condition)n).Code, false),
                NodeKind.Level => (n => ((Level)n).Ordinal, false),
                NodeKind.Lesson => (date!, true),
                _ => (name, false),
            },
        };
    }

    private static IEnumerable<string?> Texts(GraphNode node) => node switch
    {
        Issue i => [i.Name.Nl, i.Name.En, i.Description.Nl, i.Description.En],
        Condition c => [c.Name.Nl, c.Name.En, c.Description.Nl, c.Description.En],
        Level l => [l.Name.Nl, l.Name.En],
        Domain d => [d.Name.Nl, d.Name.En],
        Actor a => [a.Name, a.Description],
        Practice p => [p.Name, p.Description, p.Place, p.Municipality],
        Lesson l => [l.Title, l.Summary],
        _ => [],
    };

    private static List<string> Words(string text)
    {
        var folded = new string([.. text.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]).ToLowerInvariant();
        return [.. Regex.Matches(folded, @"[\p{L}\p{N}]+").Select(m => m.Value)];
    }

    private static IEnumerable<Relationship> Tagged(
        string lesson, string? practice, ConditionKey[] conditions, LevelKey[] levels, string[] domains) =>
        (practice is null ? [] : new[] { Rel(LearnedIn, Lesson(lesson), Practice(practice)) })
            .Concat(conditions.Select(c => Rel(Touches, Lesson(lesson), Condition(c))))
            .Concat(levels.Select(l => Rel(AtLevel, Lesson(lesson), Level(l))))
            .Concat(domains.Select(d => Rel(InDomain, Lesson(lesson), Domain(d))));

    private static Relationship Rel(RelationshipType type, NodeRef from, NodeRef to) => new(type, from, to);

    private static Lesson Lesson(
        string key, string title, string summary, LessonScope scope, EvidenceKind evidence, string learnedOn, PublicationStatus status) =>
        new(key, title, summary, scope, evidence, Day(learnedOn), status);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
