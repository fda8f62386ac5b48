using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Access;

/// <summary>
/// The one rule of who may write (MODEL.md, Access): the Arena of an atelier may add and change its lessons and
/// connect them; its trekker may do the same and publish; the programme committee may do everything. A lesson belongs
/// to the ateliers it is ABOUT, so a right over any one of them is a right over the lesson.
/// </summary>
public sealed record WriteAccess(bool Committee, IReadOnlySet<string> ArenaIssues, IReadOnlySet<string> LedIssues)
{
    /// <summary>The public and partners in no Arena: no writes.</summary>
    public static readonly WriteAccess None = new(false, new HashSet<string>(), new HashSet<string>());

    /// <summary>Whether the caller may record, change and connect lessons of any of these ateliers.</summary>
    public bool CanEditLessonsOf(IEnumerable<string> issues) =>
        Committee || issues.Any(issue => ArenaIssues.Contains(issue) || LedIssues.Contains(issue));

    /// <summary>Whether the caller may publish and unpublish lessons of any of these ateliers.</summary>
    public bool CanPublishLessonsOf(IEnumerable<string> issues) => Committee || issues.Any(LedIssues.Contains);

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
