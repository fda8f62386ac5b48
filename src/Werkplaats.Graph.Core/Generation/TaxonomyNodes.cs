using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Generation;

/// <summary>The fixed taxonomies as graph-seed states them: four conditions, eight levels, five domains.</summary>
internal static class TaxonomyNodes
{
    public static readonly IReadOnlyList<Condition> Conditions =
    [
        new(ConditionKey.SocioEconomicSecurity, new("Sociaal-economische zekerheid", "Socio-economic security"),
            new("Basisbehoeften zoals werk, inkomen, wonen, veiligheid.", "Basic needs such as work, income, housing, safety.")),
        new(ConditionKey.SocialInclusion, new("Sociale inclusie", "Social inclusion"),
            new("Toegankelijkheid en responsiviteit van groepen, organisaties en systemen.",
                "Accessibility and responsiveness of groups, organisations and systems.")),
        new(ConditionKey.SocialCohesion, new("Sociale cohesie", "Social cohesion"),
            new("Verbondenheid op basis van respect, erkenning en wederkerigheid.",
                "Connectedness based on respect, recognition and reciprocity.")),
        new(ConditionKey.SocialEmpowerment, new("Sociale empowerment", "Social empowerment"),
            new("Mogelijkheden voor persoonlijke ontwikkeling en zelfbeschikking.",
                "Opportunities for personal development and self-determination.")),
    ];

    public static readonly IReadOnlyList<Level> Levels =
    [
        new(LevelKey.Individual, new("Individu", "Individual"), 1),
        new(LevelKey.Family, new("Gezin", "Family"), 2),
        new(LevelKey.SocialNetwork, new("Sociaal netwerk", "Social network"), 3),
        new(LevelKey.Group, new("Groepen", "Groups"), 4),
        new(LevelKey.Neighbourhood, new("Wijken", "Neighbourhoods"), 5),
        new(LevelKey.Company, new("Bedrijven", "Companies"), 6),
        new(LevelKey.VillageOrCity, new("Dorp/stad", "Village or city"), 7),
        new(LevelKey.OrganisationsAndSystems, new("Organisaties, structuren en systemen", "Organisations, structures and systems"), 8),
    ];

    public static readonly IReadOnlyList<Domain> Domains =
    [
        new("welzijn", new("Welzijn", "Welfare")),
        new("zorg", new("Zorg", "Care")),
        new("wonen", new("Wonen", "Housing")),
        new("werk-en-inkomen", new("Werk en inkomen", "Work and income")),
        new("sport", new("Sport", "Sport")),
    ];
}
