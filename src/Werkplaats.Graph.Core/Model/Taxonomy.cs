namespace Werkplaats.Graph.Core.Model;

/// <summary>The four conditions of Social Quality, in the order of the source. The enum name is the node key.</summary>
public enum ConditionKey
{
    SocioEconomicSecurity,
    SocialInclusion,
    SocialCohesion,
    SocialEmpowerment,
}

/// <summary>The levels, micro to macro, in the order of the source. The enum name is the node key.</summary>
public enum LevelKey
{
    Individual,
    Family,
    SocialNetwork,
    Group,
    Neighbourhood,
    Company,
    VillageOrCity,
    OrganisationsAndSystems,
}
