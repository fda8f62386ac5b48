using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Seed;

namespace Werkplaats.Graph.Core.Tests.Seed;

/// <summary>A graph-seed folder in a fresh temporary directory, deleted when the test is done.</summary>
internal sealed class SeedDirectory : IDisposable
{
    private SeedDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graph-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static SeedDirectory Empty() => new();

    /// <summary>A small seed without problems (see <see cref="MinimalSeed"/>); tests add or replace files to break it.</summary>
    public static SeedDirectory WithMinimalSeed()
    {
        var seed = new SeedDirectory();
        foreach (var (file, yaml) in MinimalSeed.Files)
        {
            seed.Write(file, yaml);
        }

        return seed;
    }

    public SeedDirectory Write(string relativePath, string yaml)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n") + "\n");
        return this;
    }

    public SeedLoadResult Load() => SeedLoader.Load(Path);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>The files of a minimal valid seed: complete taxonomies, two issues, two practices, three lessons.</summary>
internal static class MinimalSeed
{
    public static readonly IReadOnlyList<(string File, string Yaml)> Files =
    [
        ("taxonomy.yaml", Taxonomy()),
        ("actors.yaml", """
            actors:
              - key: gemeente-nijmegen
                name: Gemeente Nijmegen
                category: MUNICIPALITY
                formal: true
                programmeCommittee: true
              - key: onderzoeker-jansen
                name: Onderzoeker Jansen
                category: RESEARCHER
                formal: false
              - key: buurtbewoners
                name: Buurtbewoners
                category: RESIDENT
                formal: false
            """),
        ("issues.yaml", """
            issues:
              - key: armoede-en-schulden
                name: { nl: Armoede en schulden, en: Poverty and debt }
                description: { nl: Schulden voorkomen en aanpakken }
                status: ACTIVE
                startedOn: 2019-09-01
                trekker: onderzoeker-jansen
                arena:
                  - { actor: gemeente-nijmegen }
                tribune:
                  - { actor: buurtbewoners, since: 2020-01-15 }
              - key: samen-wonen-in-de-wijk
                name: { nl: Samen wonen in de wijk }
                description: { nl: Samen wonen }
                status: ACTIVE
                startedOn: 2019-09-01
                trekker: onderzoeker-jansen
                arena: []
                tribune: []
            """),
        ("practices.yaml", """
            practices:
              - key: schuldhulp-hatert
                name: Schuldhulp Hatert
                description: Vroegsignalering van schulden
                place: Hatert
                municipality: Nijmegen
                status: RUNNING
                startedOn: 2020-02-01
                issues: [armoede-en-schulden]
                domains: [werk-en-inkomen]
                levels: [INDIVIDUAL, FAMILY]
                actors:
                  - { actor: gemeente-nijmegen, role: opdrachtgever }
              - key: buurttafel-lindenholt
                name: Buurttafel Lindenholt
                description: Bewoners aan tafel
                place: Lindenholt
                municipality: Nijmegen
                status: COMPLETED
                startedOn: 2020-03-01
                endedOn: 2022-06-30
                issues: [samen-wonen-in-de-wijk]
                domains: [wonen]
                levels: [NEIGHBOURHOOD]
                actors: []
            """),
        ("lessons/local.yaml", """
            lessons:
              - key: vroegsignalering-via-vertrouwde-personen
                title: Vroegsignalering werkt via vertrouwde personen
                summary: Mensen met schulden praten eerst met wie ze vertrouwen.
                scope: LOCAL
                evidence: PRACTICE
                learnedOn: 2021-03-10
                practices: [schuldhulp-hatert]
                conditions: [SOCIO_ECONOMIC_SECURITY]
                levels: [FAMILY]
                domains: [werk-en-inkomen]
              - key: buurttafel-verbindt
                title: Een buurttafel verbindt
                summary: Samen aan tafel maakt buren bekend.
                scope: LOCAL
                evidence: EXPERIENCE
                learnedOn: 2021-05-01
                status: DRAFT
                practices: [buurttafel-lindenholt]
                conditions: [SOCIAL_COHESION]
                levels: [NEIGHBOURHOOD]
                relatesTo: [vroegsignalering-via-vertrouwde-personen]
            """),
        ("lessons/regional.yaml", """
            lessons:
              - key: vertrouwen-eerst
                title: Vertrouwen eerst
                summary: Wie vertrouwen opbouwt, bereikt meer.
                scope: REGIONAL
                evidence: RESEARCH
                learnedOn: 2022-01-20
                conditions: [SOCIAL_INCLUSION]
                levels: [ORGANISATIONS_AND_SYSTEMS]
                derivedFrom: [vroegsignalering-via-vertrouwde-personen, buurttafel-verbindt]
            """),
    ];

    /// <summary>Every condition and level, with the ordinals in enum order, and two domains.</summary>
    public static string Taxonomy() => Taxonomy(EnumNames.AllConstants<ConditionKey>(), EnumNames.AllConstants<LevelKey>());

    public static string Taxonomy(IEnumerable<string> conditions, IEnumerable<string> levels) =>
        string.Join('\n', [
            "conditions:",
            .. conditions.Select(key => $"  - {{ key: {key}, name: {{ nl: {key} }}, description: {{ nl: {key} }} }}"),
            "levels:",
            .. levels.Select((key, index) => $"  - {{ key: {key}, name: {{ nl: {key} }}, ordinal: {index + 1} }}"),
            "domains:",
            "  - { key: werk-en-inkomen, name: { nl: Werk en inkomen, en: Work and income } }",
            "  - { key: wonen, name: { nl: Wonen, en: Housing } }",
        ]);
}
