using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Actors;

/// <summary>The categories of party named in the source.</summary>
public sealed class ActorCategoryType() : DescribedEnumType<ActorCategory>(
    "ActorCategory",
    "The kinds of party the source names: groups of people in one role (informal and formal), and organisations.",
    new Dictionary<ActorCategory, string>
    {
        [ActorCategory.Resident] = "Inwoners: adult residents.",
        [ActorCategory.YoungResident] = "Jeugdigen: young residents.",
        [ActorCategory.Volunteer] = "Vrijwilligers: volunteers.",
        [ActorCategory.Professional] = "Professionals.",
        [ActorCategory.Student] = "Studenten: students.",
        [ActorCategory.Teacher] = "Docenten: teachers.",
        [ActorCategory.Researcher] = "Onderzoekers: researchers, among them the trekkers of the ateliers.",
        [ActorCategory.Entrepreneur] = "Ondernemers: entrepreneurs.",
        [ActorCategory.Employer] = "Werkgevers: employers.",
        [ActorCategory.Manager] = "Managers.",
        [ActorCategory.Director] = "Bestuurders: directors and board members.",
        [ActorCategory.MunicipalOfficial] = "Gemeente-ambtenaren: municipal officials.",
        [ActorCategory.ExperienceExpert] = "Ervaringsdeskundigen: experience experts.",
        [ActorCategory.Municipality] = "Gemeenten: municipalities.",
        [ActorCategory.EducationInstitution] = "Opleidingen: schools and universities, such as the HAN.",
        [ActorCategory.WelfareOrganisation] = "Welzijnsorganisaties: welfare organisations.",
        [ActorCategory.CareOrganisation] = "Zorgorganisaties: care organisations.",
        [ActorCategory.HousingOrganisation] = "Woonorganisaties: housing organisations.",
        [ActorCategory.WorkAndIncomeOrganisation] = "Organisaties voor werk en inkomen: work and income organisations.",
        [ActorCategory.SportOrganisation] = "Sportorganisaties: sport organisations.",
        [ActorCategory.ClientOrganisation] = "Cliëntorganisaties: client organisations.",
        [ActorCategory.RegionalNetwork] = "Regional networks such as Zorgalliantie and Krachtige Kernen.",
        [ActorCategory.AcademicWorkplace] = "Academische Werkplaatsen: academic workplaces.",
    });
