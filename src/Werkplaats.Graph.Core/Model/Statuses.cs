namespace Werkplaats.Graph.Core.Model;

/// <summary>Where an issue stands on the dynamic agenda.</summary>
public enum IssueStatus
{
    Active,
    Merged,
    Retired,
}

/// <summary>Where a learning practice stands.</summary>
public enum PracticeStatus
{
    Planned,
    Running,
    Completed,
}

/// <summary>How far a lesson reaches: lessons are lifted from local to regional (and national) knowledge.</summary>
public enum LessonScope
{
    Local,
    Regional,
    National,
}

/// <summary>What a lesson rests on.</summary>
public enum EvidenceKind
{
    Practice,
    Experience,
    Research,
}

/// <summary>
/// Drafts are seen by the atelier's Arena only; published lessons by everyone; deleted lessons by no one (the
/// committee lists them to restore them).
/// </summary>
public enum PublicationStatus
{
    Draft,
    Published,
    Deleted,
}

/// <summary>How a partner takes part in an atelier: acting in the Arena or following from the Tribune.</summary>
public enum ParticipationMode
{
    Arena,
    Tribune,
}

/// <summary>The categories of party named in the source: groups of people in one role, and organisations.</summary>
public enum ActorCategory
{
    Resident,
    YoungResident,
    Volunteer,
    Professional,
    Student,
    Teacher,
    Researcher,
    Entrepreneur,
    Employer,
    Manager,
    Director,
    MunicipalOfficial,
    ExperienceExpert,
    Municipality,
    EducationInstitution,
    WelfareOrganisation,
    CareOrganisation,
    HousingOrganisation,
    WorkAndIncomeOrganisation,
    SportOrganisation,
    ClientOrganisation,
    RegionalNetwork,
    AcademicWorkplace,
}
