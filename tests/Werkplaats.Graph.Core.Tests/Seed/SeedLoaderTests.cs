using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Seed;

namespace Werkplaats.Graph.Core.Tests.Seed;

public sealed class SeedLoaderTests
{
    [Fact]
    public void Load_MinimalSeed_ProducesNodesAndRelationships()
    {
        using var seed = SeedDirectory.WithMinimalSeed();

        var result = seed.Load();

        Assert.Empty(result.Problems);
        var snapshot = Assert.IsType<GraphSnapshot>(result.Snapshot);
        // In reading order: files by ordinal path (actors, issues, lessons/..., practices, taxonomy), entries as written.
        Assert.Equal(
            [(NodeKind.Actor, 3), (NodeKind.Issue, 2), (NodeKind.Lesson, 3), (NodeKind.Practice, 2), (NodeKind.Condition, 4),
                (NodeKind.Level, 8), (NodeKind.Domain, 2)],
            snapshot.Nodes.CountBy(node => node.Kind).Select(pair => (pair.Key, pair.Value)));
        Assert.Equal(24, snapshot.Relationships.Count);
        Assert.DoesNotContain(snapshot.Relationships, r => r.Type == RelationshipType.About);
        Assert.Contains(Lesson("buurttafel-verbindt"), snapshot.Nodes);
    }

    [Fact]
    public void Load_MinimalSeed_ReadsNodeProperties()
    {
        using var seed = SeedDirectory.WithMinimalSeed();

        var nodes = seed.Load().Snapshot!.Nodes;

        Assert.Equal(
            new Actor("gemeente-nijmegen", "Gemeente Nijmegen", ActorCategory.Municipality, true, null, true),
            nodes.OfType<Actor>().First());
        Assert.Equal(new LocalizedText("Armoede en schulden", "Poverty and debt"), nodes.OfType<Issue>().First().Name);
        Assert.Equal(5, nodes.OfType<Level>().Single(level => level.Code == LevelKey.Neighbourhood).Ordinal);
        var practice = nodes.OfType<Practice>().Last();
        Assert.Equal((PracticeStatus.Completed, new DateOnly(2022, 6, 30)), (practice.Status, practice.EndedOn));
        Assert.Equal(PublicationStatus.Published, nodes.OfType<Lesson>().First().Status);
        Assert.Equal(PublicationStatus.Draft, nodes.OfType<Lesson>().Single(l => l.Key == "buurttafel-verbindt").Status);
    }

    [Fact]
    public void Load_MinimalSeed_WritesRelationshipsAsDeclared()
    {
        using var seed = SeedDirectory.WithMinimalSeed();

        var relationships = seed.Load().Snapshot!.Relationships;

        var issue = Ref(NodeKind.Issue, "armoede-en-schulden");
        Assert.Contains(new Relationship(RelationshipType.Leads, Ref(NodeKind.Actor, "onderzoeker-jansen"), issue), relationships);
        Assert.Contains(
            new Relationship(RelationshipType.ParticipatesIn, Ref(NodeKind.Actor, "gemeente-nijmegen"), issue,
                Mode: ParticipationMode.Arena, Since: new DateOnly(2019, 9, 1)),
            relationships);
        Assert.Contains(
            new Relationship(RelationshipType.ParticipatesIn, Ref(NodeKind.Actor, "buurtbewoners"), issue,
                Mode: ParticipationMode.Tribune, Since: new DateOnly(2020, 1, 15)),
            relationships);
        Assert.Contains(
            new Relationship(RelationshipType.Involves, Ref(NodeKind.Practice, "schuldhulp-hatert"),
                Ref(NodeKind.Actor, "gemeente-nijmegen"), Role: "opdrachtgever"),
            relationships);
        Assert.Contains(
            new Relationship(RelationshipType.AtLevel, Ref(NodeKind.Practice, "schuldhulp-hatert"), Ref(NodeKind.Level, "FAMILY")),
            relationships);
        Assert.Contains(
            new Relationship(RelationshipType.Touches, Ref(NodeKind.Lesson, "buurttafel-verbindt"),
                Ref(NodeKind.Condition, "SOCIAL_COHESION")),
            relationships);
        Assert.Contains(
            new Relationship(RelationshipType.RelatesTo, Ref(NodeKind.Lesson, "buurttafel-verbindt"),
                Ref(NodeKind.Lesson, "vroegsignalering-via-vertrouwde-personen")),
            relationships);
        Assert.Equal(
            ["vroegsignalering-via-vertrouwde-personen", "buurttafel-verbindt"],
            relationships.Where(r => r.Type == RelationshipType.DerivedFrom && r.From.Key == "vertrouwen-eerst")
                .Select(r => r.To.Key));
    }

    [Fact]
    public void Load_MalformedYaml_ReportsParserMessageAtItsPosition()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("lessons/broken.yaml", """
            lessons:
              - key: kapot
                title: "niet afgesloten
            """);

        var problem = SingleProblem(seed.Load());

        Assert.Equal(("lessons/broken.yaml", 3), (problem.File, problem.Line));
        Assert.StartsWith("malformed YAML: ", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedYamlAndDanglingReferenceInAnotherFile_ReportsBoth()
    {
        using var seed = SeedDirectory.WithMinimalSeed()
            .Write("actors-extra.yaml", "actors:\n  - key: wijkteam: noord\n")
            .Write("lessons/more.yaml", """
                lessons:
                  - key: nog-een-les
                    title: Nog een les
                    summary: Samenvatting
                    scope: LOCAL
                    evidence: PRACTICE
                    learnedOn: 2021-03-10
                    practices: [bestaat-niet]
                    conditions: [SOCIAL_COHESION]
                    levels: [FAMILY]
                """);

        var result = seed.Load();

        Assert.Null(result.Snapshot);
        Assert.Collection(
            result.Problems,
            problem => AssertProblem(problem, "actors-extra.yaml", 2, "malformed YAML"),
            problem => AssertProblem(problem, "lessons/more.yaml", 8, "lesson 'nog-een-les' refers to practice 'bestaat-niet', which is not defined"));
    }

    [Fact]
    public void Load_ProblemsInSeveralFiles_ReportsAllOfThemInReadingOrder()
    {
        using var seed = SeedDirectory.WithMinimalSeed()
            .Write("lessons/b.yaml", """
                lessons:
                  - key: les-b
                    title: Les B
                    summary: Samenvatting
                    scope: LOKAAL
                    evidence: PRACTICE
                    learnedOn: 2021-02-30
                    practices: [schuldhulp-hatert]
                    conditions: [SOCIAL_COHESION]
                    levels: [FAMILY]
                    titel: dubbel
                """)
            .Write("a.yaml", """
                domains:
                  - { key: Zorg, name: { nl: Zorg } }
                  - { key: sport }
                """);

        var result = seed.Load();

        Assert.Null(result.Snapshot);
        Assert.Collection(
            result.Problems,
            problem => AssertProblem(problem, "a.yaml", 2, "domain 'Zorg': key 'Zorg' is not a valid key"),
            problem => AssertProblem(problem, "a.yaml", 3, "domain 'sport': missing required field 'name'"),
            problem => AssertProblem(problem, "lessons/b.yaml", 5, "lesson 'les-b': unknown scope 'LOKAAL'"),
            problem => AssertProblem(problem, "lessons/b.yaml", 7, "lesson 'les-b': learnedOn '2021-02-30' is not a date"),
            problem => AssertProblem(problem, "lessons/b.yaml", 11, "lesson 'les-b': unknown field 'titel'"));
    }

    [Fact]
    public void Load_FieldWrittenTwice_IsReportedAsMalformedYaml()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("extra.yaml", """
            domains:
              - key: sport
                name: { nl: Sport }
                key: zorg
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "extra.yaml", 4, "malformed YAML");
    }

    [Fact]
    public void Load_UnknownSection_ListsTheSections()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("extra.yaml", """
            domains: []
            lesons: []
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "extra.yaml", 2,
            "unknown section 'lesons'; expected one of conditions, levels, domains, actors, issues, practices, lessons");
    }

    [Fact]
    public void Load_UnknownField_NamesItAndTheAllowedOnes()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("extra.yaml", """
            actors:
              - key: wijkteam
                name: Wijkteam
                category: PROFESSIONAL
                formal: true
                comittee: true
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "extra.yaml", 6, "actor 'wijkteam': unknown field 'comittee'; allowed fields are "
            + "key, name, category, formal, description, programmeCommittee");
    }

    [Fact]
    public void Load_MissingRequiredField_ReportsItAtTheEntry()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("extra.yaml", """
            actors:
              - key: wijkteam
                name: Wijkteam
                formal: true
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "extra.yaml", 2, "actor 'wijkteam': missing required field 'category'");
    }

    [Fact]
    public void Load_ListWhereTextBelongs_ReportsWrongType()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("extra.yaml", """
            actors:
              - key: wijkteam
                name: [Wijkteam, Noord]
                category: PROFESSIONAL
                formal: true
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "extra.yaml", 3, "actor 'wijkteam': 'name' should be a single value, not a list");
    }

    [Fact]
    public void Load_UnknownCondition_ListsTheConditions()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("lessons/armoede-en-schulden.yaml", """
            lessons:
              - key: x
                title: Les
                summary: Samenvatting
                scope: LOCAL
                evidence: PRACTICE
                learnedOn: 2021-03-10
                practices: [schuldhulp-hatert]
                conditions:
                  - SOCIAL_COHESIE
                levels: [FAMILY]
            """);

        var problem = SingleProblem(seed.Load());

        Assert.Equal(
            "lessons/armoede-en-schulden.yaml:10:9: lesson 'x': unknown condition 'SOCIAL_COHESIE'; expected one of "
            + "SOCIO_ECONOMIC_SECURITY, SOCIAL_INCLUSION, SOCIAL_COHESION, SOCIAL_EMPOWERMENT",
            problem.ToString());
    }

    [Fact]
    public void Load_MalformedDate_AsksForYearMonthDay()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("extra.yaml", """
            issues:
              - key: nieuw-atelier
                name: { nl: Nieuw atelier }
                description: { nl: Nieuw }
                status: ACTIVE
                startedOn: 1-9-2019
                trekker: onderzoeker-jansen
                arena: []
                tribune: []
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "extra.yaml", 6, "issue 'nieuw-atelier': startedOn '1-9-2019' is not a date; write it as YYYY-MM-DD");
    }

    [Fact]
    public void Load_MalformedKey_ExplainsTheSlugRule()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("extra.yaml", """
            domains:
              - key: sport-
                name: { nl: Sport }
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "extra.yaml", 2, "domain 'sport-': key 'sport-' is not a valid key; use lower-case letters");
    }

    [Fact]
    public void Load_LevelKeyThatIsNoLevel_ListsTheLevels()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("extra.yaml", """
            levels:
              - key: neighbourhood
                name: { nl: Wijk }
                ordinal: 5
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "extra.yaml", 2, "level 'neighbourhood': unknown level 'neighbourhood'; expected one of "
            + "INDIVIDUAL, FAMILY, SOCIAL_NETWORK, GROUP, NEIGHBOURHOOD, COMPANY, VILLAGE_OR_CITY, ORGANISATIONS_AND_SYSTEMS");
    }

    [Fact]
    public void Load_DuplicateLessonKey_ReportsBothLocations()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("lessons/zz.yaml", """
            lessons:
              - key: buurttafel-verbindt
                title: Nog eens
                summary: Samenvatting
                scope: LOCAL
                evidence: PRACTICE
                learnedOn: 2021-03-10
                practices: [buurttafel-lindenholt]
                conditions: [SOCIAL_COHESION]
                levels: [NEIGHBOURHOOD]
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "lessons/zz.yaml", 2,
            "duplicate lesson key 'buurttafel-verbindt' (first defined at lessons/local.yaml:12)");
    }

    [Fact]
    public void Load_DanglingReferencesOfAnIssue_ReportsEachAtItsLine()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("extra.yaml", """
            issues:
              - key: oud-atelier
                name: { nl: Oud atelier }
                description: { nl: Opgegaan in een ander }
                status: MERGED
                startedOn: 2019-09-01
                endedOn: 2021-01-01
                mergedInto: onbekend-atelier
                trekker: onbekende-trekker
                arena:
                  - { actor: onbekende-partner }
                tribune:
                  - actor: onbekende-volger
            """);

        var result = seed.Load();

        Assert.Equal(
            [("extra.yaml", 8, "issue 'oud-atelier' refers to issue 'onbekend-atelier', which is not defined"),
                ("extra.yaml", 9, "issue 'oud-atelier' refers to actor 'onbekende-trekker', which is not defined"),
                ("extra.yaml", 11, "issue 'oud-atelier' refers to actor 'onbekende-partner', which is not defined"),
                ("extra.yaml", 13, "issue 'oud-atelier' refers to actor 'onbekende-volger', which is not defined")],
            result.Problems.Select(p => (p.File, p.Line, p.Message)));
    }

    [Fact]
    public void Load_DanglingReferencesOfAPractice_ReportsEachAtItsLine()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("extra.yaml", """
            practices:
              - key: sportpark
                name: Sportpark
                description: Sporten in de wijk
                place: Dukenburg
                municipality: Nijmegen
                status: PLANNED
                startedOn: 2023-01-01
                issues: [geen-atelier]
                domains: [sport]
                levels: [GROUP]
                actors:
                  - { actor: sportclub, role: uitvoerder }
            """);

        var result = seed.Load();

        Assert.Equal(
            [("extra.yaml", 9, "practice 'sportpark' refers to issue 'geen-atelier', which is not defined"),
                ("extra.yaml", 10, "practice 'sportpark' refers to domain 'sport', which is not defined"),
                ("extra.yaml", 13, "practice 'sportpark' refers to actor 'sportclub', which is not defined")],
            result.Problems.Select(p => (p.File, p.Line, p.Message)));
    }

    [Fact]
    public void Load_DanglingReferencesOfALesson_ReportsEachAtItsLine()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("lessons/extra.yaml", """
            lessons:
              - key: losse-les
                title: Losse les
                summary: Samenvatting
                scope: NATIONAL
                evidence: RESEARCH
                learnedOn: 2023-03-10
                practices: [geen-praktijk]
                conditions: [SOCIAL_EMPOWERMENT]
                levels: [VILLAGE_OR_CITY]
                domains: [geen-domein]
                derivedFrom: [geen-bron]
                relatesTo: [geen-verwante-les]
            """);

        var result = seed.Load();

        Assert.Equal(
            [("lessons/extra.yaml", 8, "lesson 'losse-les' refers to practice 'geen-praktijk', which is not defined"),
                ("lessons/extra.yaml", 11, "lesson 'losse-les' refers to domain 'geen-domein', which is not defined"),
                ("lessons/extra.yaml", 12, "lesson 'losse-les' refers to lesson 'geen-bron', which is not defined"),
                ("lessons/extra.yaml", 13, "lesson 'losse-les' refers to lesson 'geen-verwante-les', which is not defined")],
            result.Problems.Select(p => (p.File, p.Line, p.Message)));
    }

    [Fact]
    public void Load_MissingCondition_ReportsItAtTheConditionsSection()
    {
        var conditions = EnumNames.AllConstants<ConditionKey>().Where(key => key != "SOCIAL_INCLUSION");
        using var seed = SeedDirectory.WithMinimalSeed()
            .Write("taxonomy.yaml", MinimalSeed.Taxonomy(conditions, EnumNames.AllConstants<LevelKey>()));

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "taxonomy.yaml", 1, "missing condition 'SOCIAL_INCLUSION'; conditions must be exactly "
            + "SOCIO_ECONOMIC_SECURITY, SOCIAL_INCLUSION, SOCIAL_COHESION, SOCIAL_EMPOWERMENT");
    }

    [Fact]
    public void Load_MissingLevel_ReportsItAtTheLevelsSection()
    {
        var levels = EnumNames.AllConstants<LevelKey>().SkipLast(1);
        using var seed = SeedDirectory.WithMinimalSeed()
            .Write("taxonomy.yaml", MinimalSeed.Taxonomy(EnumNames.AllConstants<ConditionKey>(), levels));

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "taxonomy.yaml", 6, "missing level 'ORGANISATIONS_AND_SYSTEMS'; levels must be exactly");
    }

    [Fact]
    public void Load_NoTaxonomyAtAll_ReportsEveryMissingValueAtTheSeedFolder()
    {
        using var seed = SeedDirectory.Empty();

        var result = seed.Load();

        Assert.Null(result.Snapshot);
        Assert.Equal(12, result.Problems.Count);
        Assert.All(result.Problems, problem => Assert.Equal((".", 0), (problem.File, problem.Line)));
    }

    [Fact]
    public void Load_DuplicateLevelOrdinal_NamesTheLevelThatHasIt()
    {
        using var seed = SeedDirectory.WithMinimalSeed()
            .Write("taxonomy.yaml", MinimalSeed.Taxonomy().Replace("ordinal: 2 ", "ordinal: 1 ", StringComparison.Ordinal));

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "taxonomy.yaml", 8,
            "level 'FAMILY': ordinal 1 is already used by level 'INDIVIDUAL' (at taxonomy.yaml:7)");
    }

    [Fact]
    public void Load_LevelOrdinalOutOfRange_ReportsTheRange()
    {
        using var seed = SeedDirectory.WithMinimalSeed()
            .Write("taxonomy.yaml", MinimalSeed.Taxonomy().Replace("ordinal: 8 ", "ordinal: 9 ", StringComparison.Ordinal));

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "taxonomy.yaml", 14, "level 'ORGANISATIONS_AND_SYSTEMS': ordinal 9 is out of range; use 1 to 8");
    }

    [Fact]
    public void Load_LessonWithoutConditionsOrLevels_ReportsBoth()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("lessons/extra.yaml", """
            lessons:
              - key: vage-les
                title: Vage les
                summary: Samenvatting
                scope: LOCAL
                evidence: PRACTICE
                learnedOn: 2021-03-10
                practices: [schuldhulp-hatert]
                conditions: []
            """);

        var result = seed.Load();

        Assert.Equal(
            [("lessons/extra.yaml", 2, "lesson 'vage-les': missing required field 'levels'"),
                ("lessons/extra.yaml", 9, "lesson 'vage-les': 'conditions' needs at least one entry")],
            result.Problems.Select(p => (p.File, p.Line, p.Message)));
    }

    [Fact]
    public void Load_LocalLessonWithoutPractice_AsksForOne()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("lessons/extra.yaml", """
            lessons:
              - key: zwevende-les
                title: Zwevende les
                summary: Samenvatting
                scope: LOCAL
                evidence: PRACTICE
                learnedOn: 2021-03-10
                conditions: [SOCIAL_COHESION]
                levels: [FAMILY]
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "lessons/extra.yaml", 2,
            "lesson 'zwevende-les': a LOCAL lesson needs at least one practice it was learned in");
    }

    [Fact]
    public void Load_RegionalLessonWithoutDerivedFrom_AsksForASource()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("lessons/extra.yaml", """
            lessons:
              - key: losse-regionale-les
                title: Regionale les
                summary: Samenvatting
                scope: REGIONAL
                evidence: RESEARCH
                learnedOn: 2022-03-10
                conditions: [SOCIAL_COHESION]
                levels: [VILLAGE_OR_CITY]
                derivedFrom: []
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "lessons/extra.yaml", 10,
            "lesson 'losse-regionale-les': a REGIONAL lesson needs at least one lesson in derivedFrom");
    }

    [Fact]
    public void Load_LessonDerivedFromOrRelatedToItself_ReportsBoth()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("lessons/extra.yaml", """
            lessons:
              - key: eigen-bron
                title: Eigen bron
                summary: Samenvatting
                scope: REGIONAL
                evidence: RESEARCH
                learnedOn: 2022-03-10
                conditions: [SOCIAL_COHESION]
                levels: [VILLAGE_OR_CITY]
                derivedFrom:
                  - buurttafel-verbindt
                  - eigen-bron
                relatesTo: [eigen-bron]
            """);

        var result = seed.Load();

        Assert.Equal(
            [("lessons/extra.yaml", 12, "lesson 'eigen-bron' cannot be derived from itself"),
                ("lessons/extra.yaml", 13, "lesson 'eigen-bron' cannot relate to itself")],
            result.Problems.Select(p => (p.File, p.Line, p.Message)));
    }

    [Fact]
    public void Load_DerivationCycle_ReportsTheCycleOnce()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("lessons/extra.yaml", """
            lessons:
              - key: kip
                title: Kip
                summary: Samenvatting
                scope: REGIONAL
                evidence: RESEARCH
                learnedOn: 2022-03-10
                conditions: [SOCIAL_COHESION]
                levels: [VILLAGE_OR_CITY]
                derivedFrom: [ei]
              - key: ei
                title: Ei
                summary: Samenvatting
                scope: REGIONAL
                evidence: RESEARCH
                learnedOn: 2022-03-10
                conditions: [SOCIAL_COHESION]
                levels: [VILLAGE_OR_CITY]
                derivedFrom: [buurttafel-verbindt, kip]
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "lessons/extra.yaml", 19, "lesson 'ei': derivedFrom forms a cycle: kip -> ei -> kip");
    }

    [Fact]
    public void Load_EndedBeforeStarted_ReportsAtEndedOn()
    {
        using var seed = SeedDirectory.WithMinimalSeed().Write("extra.yaml", """
            practices:
              - key: terugreis
                name: Terugreis
                description: Eindigt voor het begint
                place: Bottendaal
                municipality: Nijmegen
                status: COMPLETED
                startedOn: 2021-05-01
                endedOn: 2021-04-30
                issues: [armoede-en-schulden]
                domains: []
                levels: [GROUP]
                actors: []
            """);

        var problem = SingleProblem(seed.Load());

        AssertProblem(problem, "extra.yaml", 9, "practice 'terugreis': endedOn 2021-04-30 is before startedOn 2021-05-01");
    }

    private static NodeRef Ref(NodeKind kind, string key) => new(kind, key);

    private static Lesson Lesson(string key) => new(
        key, "Een buurttafel verbindt", "Samen aan tafel maakt buren bekend.", LessonScope.Local, EvidenceKind.Experience,
        new DateOnly(2021, 5, 1), PublicationStatus.Draft);

    private static SeedProblem SingleProblem(SeedLoadResult result)
    {
        Assert.Null(result.Snapshot);
        return Assert.Single(result.Problems);
    }

    private static void AssertProblem(SeedProblem problem, string file, int line, string messageStart)
    {
        Assert.Equal((file, line), (problem.File, problem.Line));
        Assert.StartsWith(messageStart, problem.Message, StringComparison.Ordinal);
    }
}
