using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Generation;

/// <summary>The names of generated ateliers: the five of the 2019 agenda first, then made-up themes.</summary>
internal static class AtelierNames
{
    public static readonly IReadOnlyList<(string Key, LocalizedText Name)> FirstAgenda =
    [
        ("armoede-en-schulden", new("Armoede en schulden", "Poverty and debt")),
        ("eenzaamheid-en-betekenisvol-contact", new("Eenzaamheid en betekenisvol contact", "Loneliness and meaningful contact")),
        ("samen-wonen-in-de-wijk", new("Samen wonen in de wijk", "Living together in the neighbourhood")),
        ("jongeren-inclusie-en-participatie", new(
            "Jongeren met een ondersteuningsbehoefte, inclusie en participatie",
            "Young people with support needs, inclusion and participation (JIP)")),
        ("evalueren-van-sociale-interventies", new("Evalueren van sociale interventies", "Evaluating social interventions")),
    ];

    /// <summary>The key and name of atelier <paramref name="index"/> (0-based).</summary>
    public static (string Key, LocalizedText Name) Of(int index, Random random)
    {
        if (index < FirstAgenda.Count)
        {
            return FirstAgenda[index];
        }

        var theme = $"{DutchWords.Pick(random, DutchWords.Themes)} en {DutchWords.Pick(random, DutchWords.Themes).ToLowerInvariant()}";
        return ($"atelier-{index + 1:D5}", new LocalizedText(theme, null));
    }
}
