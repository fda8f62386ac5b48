using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Core.Agenda;

/// <summary>
/// The programme committee's writes: the agenda (start, merge and end issues) and who takes part in which atelier's
/// Arena or Tribune. Read access is computed from the graph on every request, so a membership change applies to the
/// member's very next request.
/// </summary>
public sealed class AgendaWrites(GraphEdits edits, TimeProvider time)
{
    /// <summary>Starts a new, active issue.</summary>
    public async Task<WriteResult> StartAsync(Editor? editor, StartIssueInput input, CancellationToken cancellationToken)
    {
        if (Refusal(editor, [
                .. InputRules.Key("key", input.Key),
                .. InputRules.Text("name", input.Name, InputRules.MaxNameLength),
                .. InputRules.OptionalText("nameEn", input.NameEn, InputRules.MaxNameLength),
                .. InputRules.Text("description", input.Description, InputRules.MaxTextLength),
                .. InputRules.OptionalText("descriptionEn", input.DescriptionEn, InputRules.MaxTextLength),
            ]) is { } refused)
        {
            return refused;
        }

        var issue = new Issue(
            input.Key,
            new LocalizedText(input.Name.Trim(), input.NameEn?.Trim()),
            new LocalizedText(input.Description.Trim(), input.DescriptionEn?.Trim()),
            IssueStatus.Active,
            input.StartedOn,
            null);
        return await edits.ApplyAsync(
            edits.Change(editor!, "startIssue", issue.Key, input.IdempotencyKey) with { Created = [issue] }, cancellationToken);
    }

    /// <summary>
    /// Merges one active issue into another: the merged issue is MERGED, MERGED_INTO the survivor, and each of its
    /// practices becomes part of the survivor too, so its practices and lessons stay reachable from the survivor (and its
    /// lessons visible to the survivor's Arena), while the merged issue's own links stay as they were.
    /// </summary>
    public async Task<WriteResult> MergeAsync(Editor? editor, MergeIssuesInput input, CancellationToken cancellationToken)
    {
        if (Refusal(editor, input.Merged == input.Into
                ? [WriteError.Invalid("into", "distinct", "an issue cannot be merged into itself.")]
                : []) is { } refused)
        {
            return refused;
        }

        var merged = await ActiveIssueAsync("merged", input.Merged, cancellationToken);
        var into = await ActiveIssueAsync("into", input.Into, cancellationToken);
        if (merged.Error is not null || into.Error is not null)
        {
            return WriteResult.Refused([.. new[] { merged.Error, into.Error }.OfType<WriteError>()]);
        }

        if (InputRules.NotBefore("on", input.On, merged.Issue!.StartedOn, "the merged issue's startedOn").ToList() is { Count: > 0 } dates)
        {
            return WriteResult.Refused(dates);
        }

        var practices = (await edits.IncomingAsync(merged.Issue.Ref, RelationshipType.PartOf, cancellationToken)).Select(r => r.From);
        return await edits.ApplyAsync(
            edits.Change(editor!, "mergeIssues", into.Issue!.Key, input.IdempotencyKey) with
            {
                Updated = [merged.Issue with { Status = IssueStatus.Merged, EndedOn = input.On }],
                Added =
                [
                    new Relationship(RelationshipType.MergedInto, merged.Issue.Ref, into.Issue.Ref),
                    .. practices.Select(p => new Relationship(RelationshipType.PartOf, p, into.Issue.Ref)),
                ],
            },
            cancellationToken);
    }

    /// <summary>Ends an active issue: RETIRED from <see cref="EndIssueInput.EndedOn"/>; its practices and lessons stay.</summary>
    public async Task<WriteResult> EndAsync(Editor? editor, EndIssueInput input, CancellationToken cancellationToken)
    {
        if (Refusal(editor, []) is { } refused)
        {
            return refused;
        }

        var (issue, error) = await ActiveIssueAsync("key", input.Key, cancellationToken);
        if (error is not null)
        {
            return WriteResult.Refused(error);
        }

        if (InputRules.NotBefore("endedOn", input.EndedOn, issue!.StartedOn, "startedOn").ToList() is { Count: > 0 } dates)
        {
            return WriteResult.Refused(dates);
        }

        return await edits.ApplyAsync(
            edits.Change(editor!, "endIssue", issue.Key, input.IdempotencyKey) with
            {
                Updated = [issue with { Status = IssueStatus.Retired, EndedOn = input.EndedOn }],
            },
            cancellationToken);
    }

    /// <summary>Puts an actor in an atelier's Arena or on its Tribune; a member in the other mode moves.</summary>
    public async Task<WriteResult> AddMembershipAsync(Editor? editor, AddMembershipInput input, CancellationToken cancellationToken)
    {
        if (await MembershipRefusalAsync(editor, input.Actor, input.Issue, cancellationToken) is { } refused)
        {
            return refused;
        }

        var since = input.Since ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return await edits.ApplyAsync(
            edits.Change(editor!, "addMembership", input.Actor, input.IdempotencyKey) with
            {
                Added = [new Relationship(RelationshipType.ParticipatesIn, Actor(input.Actor), Issue(input.Issue), Mode: input.Mode, Since: since)],
            },
            cancellationToken);
    }

    /// <summary>Takes an actor out of an atelier's Arena or Tribune.</summary>
    public async Task<WriteResult> RemoveMembershipAsync(Editor? editor, RemoveMembershipInput input, CancellationToken cancellationToken)
    {
        if (await MembershipRefusalAsync(editor, input.Actor, input.Issue, cancellationToken) is { } refused)
        {
            return refused;
        }

        var membership = (await edits.OutgoingAsync([Actor(input.Actor)], [RelationshipType.ParticipatesIn], cancellationToken))
            .FirstOrDefault(r => r.To == Issue(input.Issue));
        if (membership is null)
        {
            return WriteResult.Refused(new WriteError(
                WriteErrorCode.NotFound, "actor", $"actor: '{input.Actor}' is neither in the Arena nor on the Tribune of '{input.Issue}'."));
        }

        return await edits.ApplyAsync(
            edits.Change(editor!, "removeMembership", input.Actor, input.IdempotencyKey) with { Removed = [membership] },
            cancellationToken);
    }

    /// <summary>The public, broken rules, and anyone but the committee are refused; the committee's right comes last.</summary>
    private static WriteResult? Refusal(Editor? editor, IReadOnlyList<WriteError> invalid) =>
        GraphEdits.Refusal(editor, invalid)
        ?? (editor!.Access.ManagesAgenda ? null : WriteResult.Refused(WriteError.Forbidden("key", "change the agenda or its Arenas; that is the programme committee's")));

    private async Task<WriteResult?> MembershipRefusalAsync(Editor? editor, string actor, string issue, CancellationToken cancellationToken)
    {
        if (Refusal(editor, []) is { } refused)
        {
            return refused;
        }

        return await edits.MissingAsync([new Reference("actor", Actor(actor)), new Reference("issue", Issue(issue))], cancellationToken)
            is { Count: > 0 } missing
            ? WriteResult.Refused(missing)
            : null;
    }

    /// <summary>The issue, or NOT_FOUND, or CONFLICT when it is merged or ended already.</summary>
    private async Task<(Issue? Issue, WriteError? Error)> ActiveIssueAsync(string field, string key, CancellationToken cancellationToken)
    {
        var issue = await edits.NodeAsync<Issue>(Issue(key), Visibility.Everything, cancellationToken);
        return issue switch
        {
            null => (null, WriteError.NotFound(field, key)),
            { Status: not IssueStatus.Active } => (issue, new WriteError(
                WriteErrorCode.Conflict, field, $"{field}: the issue '{key}' is {EnumNames.ToConstant(issue.Status)}, not ACTIVE.")),
            _ => (issue, null),
        };
    }

    private static NodeRef Actor(string key) => new(NodeKind.Actor, key);

    private static NodeRef Issue(string key) => new(NodeKind.Issue, key);
}
