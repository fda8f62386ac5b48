using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Levels;

/// <summary>The keys of the eight levels.</summary>
public sealed class LevelKeyType() : DescribedEnumType<LevelKey>(
    "LevelKey",
    "The levels where work on social quality happens, micro to macro, in the order of the source.",
    new Dictionary<LevelKey, string>
    {
        [LevelKey.Individual] = "Individu: the individual.",
        [LevelKey.Family] = "Gezin: the family.",
        [LevelKey.SocialNetwork] = "Sociaal netwerk: the social network.",
        [LevelKey.Group] = "Groepen: groups.",
        [LevelKey.Neighbourhood] = "Wijken: neighbourhoods.",
        [LevelKey.Company] = "Bedrijven: companies.",
        [LevelKey.VillageOrCity] = "Dorp/stad: village or city.",
        [LevelKey.OrganisationsAndSystems] = "Organisaties, structuren en systemen: organisations, structures and systems.",
    });
