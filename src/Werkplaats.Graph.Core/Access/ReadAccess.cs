using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Access;

/// <summary>
/// The one rule of who may read which drafts (MODEL.md, Access): the programme committee sees every draft; the Arena
/// and the trekker of an atelier see its drafts; the Tribune and the public see what is published, like everyone.
/// </summary>
public static class ReadAccess
{
    /// <summary>
    /// The visibility of <paramref name="actor"/>, given its relationships (only its own PARTICIPATES_IN and LEADS
    /// count). A committee member keeps its ateliers too, so that it can be told which ones are its own.
    /// </summary>
    public static Visibility Of(Actor? actor, IEnumerable<Relationship> relationships)
    {
        if (actor is null)
        {
            return Visibility.Public;
        }

        List<string> issues =
        [
            .. relationships
                .Where(r => r.From == actor.Ref && r.To.Kind == NodeKind.Issue && GivesDrafts(r))
                .Select(r => r.To.Key)
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];
        return new Visibility(actor.OnProgrammeCommittee, issues);
    }

    private static bool GivesDrafts(Relationship relationship) => relationship.Type switch
    {
        RelationshipType.Leads => true,
        RelationshipType.ParticipatesIn => relationship.Mode == ParticipationMode.Arena,
        _ => false,
    };
}
