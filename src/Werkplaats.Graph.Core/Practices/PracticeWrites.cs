using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Core.Practices;

/// <summary>
/// The practice writes: create, update, attach and detach ateliers, domains, levels and actors. A practice belongs to
/// the ateliers it is PART_OF: their Arena and trekker (and the committee) may change it; attaching it to an atelier or
/// detaching it from one also needs that right over the atelier concerned, because its lessons then become, or stop
/// being, that atelier's (and visible to its Arena). Practices are never drafts, so every caller sees them.
/// </summary>
public sealed class PracticeWrites(GraphEdits edits)
{
    /// <summary>Creates a practice, part of ateliers whose work the caller may edit, every one of them.</summary>
    public async Task<WriteResult> CreateAsync(Editor? editor, CreatePracticeInput input, CancellationToken cancellationToken)
    {
        if (GraphEdits.Refusal(editor, PracticeRules.Check(input)) is { } refused)
        {
            return refused;
        }

        var references = Links(input.Issues, input.Domains, input.Levels, input.Actors);
        if (await edits.MissingAsync(references, cancellationToken) is { Count: > 0 } missing)
        {
            return WriteResult.Refused(missing);
        }

        if (!editor!.Access.CanEditWorkOfEach(input.Issues))
        {
            return WriteResult.Refused(WriteError.Forbidden("issues", "add practices to each of these ateliers"));
        }

        var practice = new Practice(
            input.Key, input.Name.Trim(), input.Description.Trim(), input.Place.Trim(), input.Municipality.Trim(),
            input.Status, input.StartedOn, input.EndedOn);
        return await edits.ApplyAsync(
            edits.Change(editor, "createPractice", practice.Key, input.IdempotencyKey) with
            {
                Created = [practice],
                Added = [.. references.Select(r => Link(practice.Ref, r, input.Actors))],
            },
            cancellationToken);
    }

    /// <summary>Changes a practice's name, description, place, municipality, status and dates.</summary>
    public async Task<WriteResult> UpdateAsync(Editor? editor, UpdatePracticeInput input, CancellationToken cancellationToken)
    {
        if (GraphEdits.Refusal(editor, PracticeRules.Check(input)) is { } refused)
        {
            return refused;
        }

        var (practice, issues) = await PracticeAsync(input.Key, cancellationToken);
        if (practice is null)
        {
            return WriteResult.Refused(WriteError.NotFound("key", input.Key));
        }

        if (!editor!.Access.CanEditWorkOf(issues))
        {
            return WriteResult.Refused(WriteError.Forbidden("key", "change practices of this practice's ateliers"));
        }

        var changed = practice with
        {
            Name = input.Name?.Trim() ?? practice.Name,
            Description = input.Description?.Trim() ?? practice.Description,
            Place = input.Place?.Trim() ?? practice.Place,
            Municipality = input.Municipality?.Trim() ?? practice.Municipality,
            Status = input.Status ?? practice.Status,
            StartedOn = input.StartedOn ?? practice.StartedOn,
            EndedOn = input.EndedOn ?? practice.EndedOn,
        };
        if (InputRules.NotBefore("endedOn", changed.EndedOn, changed.StartedOn, "startedOn").ToList() is { Count: > 0 } dates)
        {
            return WriteResult.Refused(dates);
        }

        return await edits.ApplyAsync(
            edits.Change(editor, "updatePractice", practice.Key, input.IdempotencyKey) with { Updated = [changed] },
            cancellationToken);
    }

    /// <summary>Attaches ateliers, domains, levels and actors to a practice; an involved actor takes the role given.</summary>
    public Task<WriteResult> AttachAsync(Editor? editor, PracticeLinksInput input, CancellationToken cancellationToken) =>
        ChangeLinksAsync(editor, input, attach: true, cancellationToken);

    /// <summary>Detaches ateliers, domains, levels and actors from a practice; it keeps at least one atelier.</summary>
    public Task<WriteResult> DetachAsync(Editor? editor, PracticeLinksInput input, CancellationToken cancellationToken) =>
        ChangeLinksAsync(editor, input, attach: false, cancellationToken);

    private async Task<WriteResult> ChangeLinksAsync(
        Editor? editor, PracticeLinksInput input, bool attach, CancellationToken cancellationToken)
    {
        if (GraphEdits.Refusal(editor, PracticeRules.Check(input)) is { } refused)
        {
            return refused;
        }

        var (practice, issues) = await PracticeAsync(input.Practice, cancellationToken);
        var references = Links(input.Issues, input.Domains, input.Levels, input.Actors);
        List<WriteError> missing =
        [
            .. practice is null ? [WriteError.NotFound("practice", input.Practice)] : Array.Empty<WriteError>(),
            .. await edits.MissingAsync(references, cancellationToken),
        ];
        if (missing.Count > 0)
        {
            return WriteResult.Refused(missing);
        }

        if (!editor!.Access.CanEditWorkOf(issues) || !editor.Access.CanEditWorkOfEach(input.Issues))
        {
            return WriteResult.Refused(WriteError.Forbidden(
                "issues", $"{(attach ? "attach" : "detach")} this practice, or these ateliers; that needs a right over the practice and over each atelier"));
        }

        if (!attach && issues.All(input.Issues.Contains))
        {
            return WriteResult.Refused(WriteError.Invalid("issues", "keepsOne", "a practice keeps at least one atelier it serves."));
        }

        var links = references.Select(r => Link(practice!.Ref, r, input.Actors)).ToList();
        var change = edits.Change(editor, attach ? "attachPractice" : "detachPractice", practice!.Key, input.IdempotencyKey);
        return await edits.ApplyAsync(attach ? change with { Added = links } : change with { Removed = links }, cancellationToken);
    }

    /// <summary>The practice and the ateliers it is part of; null and none when there is no such practice.</summary>
    private async Task<(Practice? Practice, IReadOnlySet<string> Issues)> PracticeAsync(string key, CancellationToken cancellationToken)
    {
        NodeRef node = new(NodeKind.Practice, key);
        var practice = await edits.NodeAsync<Practice>(node, Visibility.Everything, cancellationToken);
        return (practice, practice is null ? new HashSet<string>() : await edits.TargetsAsync([node], RelationshipType.PartOf, cancellationToken));
    }

    private static List<Reference> Links(
        IReadOnlyList<string> issues, IReadOnlyList<string> domains, IReadOnlyList<LevelKey> levels, IReadOnlyList<PracticeActorInput> actors) =>
    [
        .. Reference.To("issues", NodeKind.Issue, issues),
        .. Reference.To("domains", NodeKind.Domain, domains),
        .. Reference.To("levels", NodeKind.Level, levels.Select(l => EnumNames.ToConstant(l))),
        .. Reference.To("actors", NodeKind.Actor, actors.Select(a => a.Actor)),
    ];

    private static Relationship Link(NodeRef practice, Reference reference, IReadOnlyList<PracticeActorInput> actors) =>
        reference.Node.Kind switch
        {
            NodeKind.Issue => new(RelationshipType.PartOf, practice, reference.Node),
            NodeKind.Domain => new(RelationshipType.InDomain, practice, reference.Node),
            NodeKind.Level => new(RelationshipType.AtLevel, practice, reference.Node),
            _ => new(RelationshipType.Involves, practice, reference.Node,
                Role: actors.LastOrDefault(a => a.Actor == reference.Node.Key)?.Role?.Trim()),
        };
}
