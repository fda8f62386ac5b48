using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Access;

/// <summary>
/// The one rule of who may write (MODEL.md, Access): the Arena of an atelier may add and change its practices and
/// lessons and connect them; its trekker may do the same, publish and lift; the programme committee may do everything,
/// and alone manages the agenda, the Arenas and Tribunes, restores deleted lessons and reads the audit log. A lesson
/// belongs to the ateliers it is ABOUT and a practice to those it is PART_OF, so a right over any one of them is a
/// right over the node; attaching or detaching an atelier also needs a right over that atelier.
/// </summary>
public sealed record WriteAccess(bool Committee, IReadOnlySet<string> ArenaIssues, IReadOnlySet<string> LedIssues)
{
    /// <summary>The public and partners in no Arena: no writes.</summary>
    public static readonly WriteAccess None = new(false, new HashSet<string>(), new HashSet<string>());

    /// <summary>Whether the caller may add, change, delete and connect practices and lessons of any of these ateliers.</summary>
    public bool CanEditWorkOf(IEnumerable<string> issues) =>
        Committee || issues.Any(issue => ArenaIssues.Contains(issue) || LedIssues.Contains(issue));

    /// <summary>Whether the caller may edit the work of every one of these ateliers: to attach a practice to them or detach it.</summary>
    public bool CanEditWorkOfEach(IEnumerable<string> issues) => issues.All(issue => CanEditWorkOf([issue]));

    /// <summary>Whether the caller may publish and unpublish lessons of any of these ateliers.</summary>
    public bool CanPublishLessonsOf(IEnumerable<string> issues) => Committee || issues.Any(LedIssues.Contains);

    /// <summary>Whether the caller may lift lessons of any of these ateliers into a wider one: the trekker's right, like publishing.</summary>
    public bool CanLiftLessonsOf(IEnumerable<string> issues) => CanPublishLessonsOf(issues);

    /// <summary>
    /// The programme committee's own rights: start, merge and end issues, change Arenas and Tribunes, restore deleted
    /// lessons and read the audit log.
    /// </summary>
    public bool ManagesAgenda => Committee;

    /// <summary>The rights of <paramref name="actor"/>, given its relationships (only its own PARTICIPATES_IN and LEADS count).</summary>
    public static WriteAccess Of(Actor? actor, IEnumerable<Relationship> relationships)
    {
        if (actor is null)
        {
            return None;
        }

        var own = relationships.Where(r => r.From == actor.Ref && r.To.Kind == NodeKind.Issue).ToList();
        return new WriteAccess(
            actor.OnProgrammeCommittee,
            own.Where(r => r.Type == RelationshipType.ParticipatesIn && r.Mode == ParticipationMode.Arena)
                .Select(r => r.To.Key).ToHashSet(StringComparer.Ordinal),
            own.Where(r => r.Type == RelationshipType.Leads).Select(r => r.To.Key).ToHashSet(StringComparer.Ordinal));
    }
}
