using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Core.Lessons;

/// <summary>
/// The lesson writes: record, update, relate, publish, lift, delete, restore. Each checks in this order: signed in,
/// input rules (<see cref="LessonRules"/>), references (a lesson the caller may not see is not found, as on the read
/// side), rights (<see cref="Access.WriteAccess"/>, from the lesson's ateliers as the graph says now), and then applies
/// one <see cref="GraphChange"/>, which the store writes whole or not at all.
/// </summary>
public sealed class LessonWrites(IGraphStore store, GraphEdits edits)
{
    private static readonly RelationshipType[] _tagTypes = [RelationshipType.Touches, RelationshipType.AtLevel, RelationshipType.InDomain];

    /// <summary>Records a new lesson as a draft, learned in practices of ateliers whose lessons the caller may edit.</summary>
    public async Task<WriteResult> RecordAsync(Editor? editor, RecordLessonInput input, CancellationToken cancellationToken)
    {
        if (GraphEdits.Refusal(editor, LessonRules.Check(input)) is { } refused)
        {
            return refused;
        }

        List<Reference> practices = [.. Reference.To("practices", NodeKind.Practice, input.Practices)];
        var tags = Tags(input.Conditions, input.Levels, input.Domains);
        if (await edits.MissingAsync([.. practices, .. tags], cancellationToken) is { Count: > 0 } missing)
        {
            return WriteResult.Refused(missing);
        }

        var issues = await edits.TargetsAsync([.. practices.Select(p => p.Node)], RelationshipType.PartOf, cancellationToken);
        if (!editor!.Access.CanEditWorkOf(issues))
        {
            return WriteResult.Refused(WriteError.Forbidden("practices", "record lessons of these practices' ateliers"));
        }

        var lesson = new Lesson(
            input.Key, input.Title.Trim(), input.Summary.Trim(), input.Scope, input.Evidence, input.LearnedOn, PublicationStatus.Draft);
        return await edits.ApplyAsync(
            edits.Change(editor, "recordLesson", lesson.Key, input.IdempotencyKey) with
            {
                Created = [lesson],
                Added = [.. practices.Concat(tags).Select(r => Link(lesson.Ref, r))],
            },
            cancellationToken);
    }

    /// <summary>
    /// Changes a lesson's texts, scope, evidence, date and, for each list given, its tags or its practices. New
    /// practices must belong to ateliers whose lessons the caller may edit; the store recomputes what the lesson is ABOUT.
    /// </summary>
    public async Task<WriteResult> UpdateAsync(Editor? editor, UpdateLessonInput input, CancellationToken cancellationToken)
    {
        if (GraphEdits.Refusal(editor, LessonRules.Check(input)) is { } refused)
        {
            return refused;
        }

        List<Reference> references =
        [
            .. Tags(input.Conditions, input.Levels, input.Domains),
            .. Reference.To("practices", NodeKind.Practice, input.Practices),
        ];
        var lesson = await VisibleLessonAsync(editor!, input.Key, cancellationToken);
        if (lesson is null)
        {
            return WriteResult.Refused(WriteError.NotFound("key", input.Key));
        }

        if (await edits.MissingAsync(references, cancellationToken) is { Count: > 0 } missing)
        {
            return WriteResult.Refused(missing);
        }

        if (!editor!.Access.CanEditWorkOf(await edits.TargetsAsync([lesson.Ref], RelationshipType.About, cancellationToken)))
        {
            return WriteResult.Refused(WriteError.Forbidden("key", "change lessons of this lesson's ateliers"));
        }

        var stored = await edits.OutgoingAsync([lesson.Ref], [.. _tagTypes, RelationshipType.LearnedIn], cancellationToken);
        var newPractices = references.Where(r => r.Node.Kind == NodeKind.Practice)
            .Where(r => !stored.Any(s => s.To == r.Node)).Select(r => r.Node).ToList();
        if (newPractices.Count > 0
            && !editor.Access.CanEditWorkOf(await edits.TargetsAsync(newPractices, RelationshipType.PartOf, cancellationToken)))
        {
            return WriteResult.Refused(WriteError.Forbidden("practices", "move lessons into these practices' ateliers"));
        }

        var replaced = references.Select(r => TypeOf(r.Node)).ToHashSet();
        var changed = lesson with
        {
            Title = input.Title?.Trim() ?? lesson.Title,
            Summary = input.Summary?.Trim() ?? lesson.Summary,
            Scope = input.Scope ?? lesson.Scope,
            Evidence = input.Evidence ?? lesson.Evidence,
            LearnedOn = input.LearnedOn ?? lesson.LearnedOn,
        };
        return await edits.ApplyAsync(
            edits.Change(editor, "updateLesson", lesson.Key, input.IdempotencyKey) with
            {
                Updated = [changed],
                Removed = [.. stored.Where(r => replaced.Contains(r.Type))],
                Added = [.. references.Select(r => Link(lesson.Ref, r))],
            },
            cancellationToken);
    }

    /// <summary>Connects two lessons (RELATES_TO) when the caller may see both and edit either.</summary>
    public async Task<WriteResult> RelateAsync(Editor? editor, RelateLessonsInput input, CancellationToken cancellationToken)
    {
        if (GraphEdits.Refusal(editor, LessonRules.Check(input)) is { } refused)
        {
            return refused;
        }

        var from = await VisibleLessonAsync(editor!, input.From, cancellationToken);
        var to = await VisibleLessonAsync(editor!, input.To, cancellationToken);
        if (from is null || to is null)
        {
            return WriteResult.Refused(
            [
                .. from is null ? [WriteError.NotFound("from", input.From)] : Array.Empty<WriteError>(),
                .. to is null ? [WriteError.NotFound("to", input.To)] : Array.Empty<WriteError>(),
            ]);
        }

        if (!editor!.Access.CanEditWorkOf(await edits.TargetsAsync([from.Ref, to.Ref], RelationshipType.About, cancellationToken)))
        {
            return WriteResult.Refused(WriteError.Forbidden("from", "connect lessons of these ateliers"));
        }

        var related = await store.GetRelationshipsAsync([from.Ref], [RelationshipType.RelatesTo], Visibility.Everything, cancellationToken);
        var known = related.Any(r => (r.From == from.Ref && r.To == to.Ref) || (r.From == to.Ref && r.To == from.Ref));
        return await edits.ApplyAsync(
            edits.Change(editor, "relateLessons", from.Key, input.IdempotencyKey) with
            {
                Added = known ? [] : [new Relationship(RelationshipType.RelatesTo, from.Ref, to.Ref)],
            },
            cancellationToken);
    }

    /// <summary>Publishes a lesson or takes it back to draft; the trekker's right (and the committee's).</summary>
    public async Task<WriteResult> PublishAsync(Editor? editor, PublishLessonInput input, CancellationToken cancellationToken)
    {
        var status = input.Publish ? PublicationStatus.Published : PublicationStatus.Draft;
        return await ChangeStatusAsync(
            editor, "publishLesson", new LessonKeyInput(input.Key, input.IdempotencyKey), status,
            (access, issues) => access.CanPublishLessonsOf(issues) ? null : "publish lessons of this lesson's ateliers; that is the trekker's",
            cancellationToken);
    }

    /// <summary>
    /// Lifts lessons the caller sees into a new, wider draft lesson DERIVED_FROM each: the right of the trekker of at
    /// least one of their ateliers (and of the committee). The new lesson is about all of their ateliers.
    /// </summary>
    public async Task<WriteResult> LiftAsync(Editor? editor, LiftLessonsInput input, CancellationToken cancellationToken)
    {
        if (GraphEdits.Refusal(editor, LessonRules.Check(input)) is { } refused)
        {
            return refused;
        }

        var keys = input.From.Distinct(StringComparer.Ordinal).ToList();
        var sources = (await store.GetNodesAsync(
                [.. keys.Select(k => new NodeRef(NodeKind.Lesson, k))], editor!.Visibility, cancellationToken))
            .OfType<Lesson>().ToList();
        var tags = Tags(input.Conditions, input.Levels, input.Domains);
        List<WriteError> missing =
        [
            .. keys.Where(k => !sources.Any(s => s.Key == k)).Select(k => WriteError.NotFound("from", k)),
            .. await edits.MissingAsync(tags, cancellationToken),
        ];
        if (missing.Count > 0)
        {
            return WriteResult.Refused(missing);
        }

        if (sources.Where(s => s.Scope >= input.Scope).Select(s => LessonRules.NotNarrower(s, input.Scope)).ToList() is { Count: > 0 } wide)
        {
            return WriteResult.Refused(wide);
        }

        var issues = await edits.TargetsAsync([.. sources.Select(s => s.Ref)], RelationshipType.About, cancellationToken);
        if (!editor.Access.CanLiftLessonsOf(issues))
        {
            return WriteResult.Refused(WriteError.Forbidden("from", "lift these lessons; that is the trekker's of one of their ateliers"));
        }

        var lesson = new Lesson(
            input.Key, input.Title.Trim(), input.Summary.Trim(), input.Scope, input.Evidence, input.LearnedOn, PublicationStatus.Draft);
        return await edits.ApplyAsync(
            edits.Change(editor, "liftLessons", lesson.Key, input.IdempotencyKey) with
            {
                Created = [lesson],
                Added =
                [
                    .. sources.Select(s => new Relationship(RelationshipType.DerivedFrom, lesson.Ref, s.Ref)),
                    .. tags.Select(t => Link(lesson.Ref, t)),
                ],
            },
            cancellationToken);
    }

    /// <summary>Deletes a lesson softly: hidden from every read, for everyone, until the committee restores it.</summary>
    public Task<WriteResult> DeleteAsync(Editor? editor, LessonKeyInput input, CancellationToken cancellationToken) =>
        ChangeStatusAsync(
            editor, "deleteLesson", input, PublicationStatus.Deleted,
            (access, issues) => access.CanEditWorkOf(issues) ? null : "delete lessons of this lesson's ateliers",
            cancellationToken);

    /// <summary>Restores a deleted lesson as a draft, so its trekker decides again on publishing: the committee's right.</summary>
    public async Task<WriteResult> RestoreAsync(Editor? editor, LessonKeyInput input, CancellationToken cancellationToken)
    {
        if (GraphEdits.Refusal(editor, []) is { } refused)
        {
            return refused;
        }

        // Rights first: whether a key names a deleted lesson is for the committee only to learn.
        if (!editor!.Access.ManagesAgenda)
        {
            return WriteResult.Refused(WriteError.Forbidden("key", "restore lessons; that is the programme committee's"));
        }

        var lesson = await edits.NodeAsync<Lesson>(new NodeRef(NodeKind.Lesson, input.Key), Visibility.Everything, cancellationToken);
        if (lesson is not { Status: PublicationStatus.Deleted })
        {
            return WriteResult.Refused(lesson is null
                ? WriteError.NotFound("key", input.Key)
                : new WriteError(WriteErrorCode.Conflict, "key", $"The lesson '{input.Key}' is not deleted."));
        }

        return await edits.ApplyAsync(
            edits.Change(editor, "restoreLesson", lesson.Key, input.IdempotencyKey) with
            {
                Updated = [lesson with { Status = PublicationStatus.Draft }],
            },
            cancellationToken);
    }

    /// <summary>Sets a visible lesson's status when <paramref name="refusal"/> names no missing right.</summary>
    private async Task<WriteResult> ChangeStatusAsync(
        Editor? editor,
        string operation,
        LessonKeyInput input,
        PublicationStatus status,
        Func<Access.WriteAccess, IReadOnlySet<string>, string?> refusal,
        CancellationToken cancellationToken)
    {
        if (GraphEdits.Refusal(editor, []) is { } refused)
        {
            return refused;
        }

        var lesson = await VisibleLessonAsync(editor!, input.Key, cancellationToken);
        if (lesson is null)
        {
            return WriteResult.Refused(WriteError.NotFound("key", input.Key));
        }

        if (refusal(editor!.Access, await edits.TargetsAsync([lesson.Ref], RelationshipType.About, cancellationToken)) is { } right)
        {
            return WriteResult.Refused(WriteError.Forbidden("key", right));
        }

        return await edits.ApplyAsync(
            edits.Change(editor, operation, lesson.Key, input.IdempotencyKey) with { Updated = [lesson with { Status = status }] },
            cancellationToken);
    }

    private Task<Lesson?> VisibleLessonAsync(Editor editor, string key, CancellationToken cancellationToken) =>
        edits.NodeAsync<Lesson>(new NodeRef(NodeKind.Lesson, key), editor.Visibility, cancellationToken);

    private static List<Reference> Tags(
        IReadOnlyList<ConditionKey>? conditions, IReadOnlyList<LevelKey>? levels, IReadOnlyList<string>? domains) =>
    [
        .. Reference.To("conditions", NodeKind.Condition, conditions?.Select(c => EnumNames.ToConstant(c))),
        .. Reference.To("levels", NodeKind.Level, levels?.Select(l => EnumNames.ToConstant(l))),
        .. Reference.To("domains", NodeKind.Domain, domains),
    ];

    /// <summary>The relationship a lesson gets to a node an input field refers to.</summary>
    private static RelationshipType TypeOf(NodeRef node) => node.Kind switch
    {
        NodeKind.Practice => RelationshipType.LearnedIn,
        NodeKind.Condition => RelationshipType.Touches,
        NodeKind.Level => RelationshipType.AtLevel,
        _ => RelationshipType.InDomain,
    };

    private static Relationship Link(NodeRef lesson, Reference reference) => new(TypeOf(reference.Node), lesson, reference.Node);
}
