using Werkplaats.Graph.Core.Model;
using static Werkplaats.Graph.Core.Model.Direction;
using static Werkplaats.Graph.Core.Model.RelationshipType;

namespace Werkplaats.Graph.Core.Storage;

/// <summary>The hops behind the relationship fields, filters and analyses, named from the node they start at.</summary>
public static class Hops
{
    public static readonly Hop LessonConditions = new(Touches, Outgoing, NodeKind.Condition);
    public static readonly Hop LessonLevels = new(AtLevel, Outgoing, NodeKind.Level);
    public static readonly Hop LessonDomains = new(InDomain, Outgoing, NodeKind.Domain);
    public static readonly Hop LessonPractices = new(LearnedIn, Outgoing, NodeKind.Practice);
    public static readonly Hop LessonIssues = new(About, Outgoing, NodeKind.Issue);
    public static readonly Hop LessonDerivedFrom = new(DerivedFrom, Outgoing, NodeKind.Lesson);
    public static readonly Hop LessonDerivedInto = new(DerivedFrom, Incoming, NodeKind.Lesson);
    public static readonly Hop LessonRelated = new(RelatesTo, Both, NodeKind.Lesson);

    public static readonly Hop PracticeIssues = new(PartOf, Outgoing, NodeKind.Issue);
    public static readonly Hop PracticeDomains = new(InDomain, Outgoing, NodeKind.Domain);
    public static readonly Hop PracticeLevels = new(AtLevel, Outgoing, NodeKind.Level);
    public static readonly Hop PracticeActors = new(Involves, Outgoing, NodeKind.Actor);

    public static readonly Hop IssueParticipants = new(ParticipatesIn, Incoming, NodeKind.Actor);
    public static readonly Hop IssueTrekker = new(Leads, Incoming, NodeKind.Actor);
    public static readonly Hop IssueMergedInto = new(MergedInto, Outgoing, NodeKind.Issue);
    public static readonly Hop IssueMergedFrom = new(MergedInto, Incoming, NodeKind.Issue);

    public static readonly Hop ActorIssues = new(ParticipatesIn, Outgoing, NodeKind.Issue);
    public static readonly Hop ActorLeads = new(Leads, Outgoing, NodeKind.Issue);
    public static readonly Hop ActorPractices = new(Involves, Incoming, NodeKind.Practice);
}
