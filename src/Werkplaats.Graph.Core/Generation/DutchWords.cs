namespace Werkplaats.Graph.Core.Generation;

/// <summary>Word lists for Dutch-ish titles, summaries and places, so search over a generated graph finds things.</summary>
internal static class DutchWords
{
    public static readonly IReadOnlyList<string> Themes =
    [
        "Armoede", "Eenzaamheid", "Wonen", "Jeugd", "Mantelzorg", "Schulden", "Gezondheid", "Werk", "Taal",
        "Digitale inclusie", "Veiligheid", "Ontmoeting", "Bewegen", "Opvoeding", "Vrijwilligerswerk", "Laaggeletterdheid",
    ];

    public static readonly IReadOnlyList<string> Subjects =
    [
        "Bewoners", "Jongeren", "Ouderen", "Vrijwilligers", "Mantelzorgers", "Huishoudens met schulden",
        "Ervaringsdeskundigen", "Wijkteams", "Buurtsportcoaches", "Studenten", "Nieuwkomers", "Ouders",
        "Statushouders", "Werkgevers", "Huurders", "Professionals",
    ];

    public static readonly IReadOnlyList<string> Verbs =
    [
        "vinden elkaar via", "bouwen vertrouwen op met", "leren meer van", "hebben baat bij", "haken af zonder",
        "groeien door", "vragen eerder hulp bij", "nemen zelf de regie met", "blijven betrokken dankzij",
        "voelen zich gezien bij",
    ];

    public static readonly IReadOnlyList<string> Objects =
    [
        "een vaste contactpersoon", "de keukentafel", "het buurthuis", "een gezamenlijke maaltijd",
        "een wandelgroep", "het wijkplatform", "een moestuin", "huisbezoeken", "ervaringsverhalen",
        "de sportvereniging", "een maatje", "de bibliotheek", "een inloopspreekuur", "de huisarts",
        "een buurtapp", "de schuldhulpverlening",
    ];

    public static readonly IReadOnlyList<string> Insights =
    [
        "Dat werkt alleen als de rolverdeling vooraf helder is.",
        "Zonder vaste gezichten haakten deelnemers binnen een half jaar af.",
        "Schaamte bleek de grootste drempel, niet de afstand.",
        "Kleine successen zichtbaar maken hield de groep bij elkaar.",
        "Het vroeg om ruimte in de regels en geduld van de financier.",
        "Wederkerigheid maakte het verschil: iedereen had iets te geven.",
        "Professionals moesten leren een stap terug te doen.",
        "De opbrengst zat vooral in het netwerk dat ontstond.",
    ];

    public static readonly IReadOnlyList<string> ProjectWords =
    [
        "Samen Sterk", "Buurtkracht", "Vroeg Eropaf", "Thuis in de Wijk", "Meedoen", "De Verbinding",
        "Open Huis", "Krachtig Thuis", "Aan Tafel", "Wijkwerkplaats", "Buurtkamer", "Naast Elkaar",
    ];

    public static readonly IReadOnlyList<string> Roles = ["opdrachtgever", "uitvoerder", "deelnemer", "onderzoeker", "signaalpartner"];

    /// <summary>Municipalities of the region with some of their wijken and dorpen.</summary>
    public static readonly IReadOnlyList<(string Municipality, IReadOnlyList<string> Places)> Places =
    [
        ("Nijmegen", ["Hatert", "Dukenburg", "Lindenholt", "Bottendaal", "Hees", "Neerbosch-Oost", "Lent", "Oosterhout", "Willemskwartier"]),
        ("Wijchen", ["Wijchen-Zuid", "Alverna", "Batenburg", "Bergharen"]),
        ("Berg en Dal", ["Groesbeek", "Millingen aan de Rijn", "Ooij", "Beek"]),
        ("Heumen", ["Malden", "Overasselt", "Heumen"]),
        ("Druten", ["Afferden", "Puiflijk", "Deest"]),
        ("Beuningen", ["Ewijk", "Weurt", "Winssen"]),
    ];

    public static string Pick(Random random, IReadOnlyList<string> words) => words[random.Next(words.Count)];
}
