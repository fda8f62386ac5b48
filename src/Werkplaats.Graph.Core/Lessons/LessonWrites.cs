using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Core.Lessons;

/// <summary>
/// The lesson writes: record, update, relate, publish. Each checks in this order: signed in, input rules
/// (<see cref="LessonRules"/>), references (a lesson the caller may not see is not found, as on the read side), rights
/// (<see cref="Access.WriteAccess"/>, from the lesson's ateliers as the graph says now), and then applies one
/// <see cref="GraphChange"/>, which the store writes whole or not at all.
/// </summary>
public sealed class LessonWrites(IGraphStore store, IGraphWriter writer, TimeProvider time)
{
    private static readonly RelationshipType[] _tagTypes = [RelationshipType.Touches, RelationshipType.AtLevel, RelationshipType.InDomain];

    /// <summary>Records a new lesson as a draft, learned in practices of ateliers whose lessons the caller may edit.</summary>
    public async Task<WriteResult> RecordAsync(Editor? editor, RecordLessonInput input, CancellationToken cancellationToken)
    {
        if (editor is null)
        {
            return WriteResult.Refused(WriteError.Unauthenticated);
        }

        if (LessonRules.Check(input) is { Count: > 0 } invalid)
        {
            return WriteResult.Refused(invalid);
        }

        List<Reference> practices = [.. References("practices", NodeKind.Practice, input.Practices)];
        var tags = Tags(input.Conditions, input.Levels, input.Domains);
        if (await MissingAsync([.. practices, .. tags], cancellationToken) is { Count: > 0 } missing)
        {
            return WriteResult.Refused(missing);
        }

        var issues = await TargetsAsync([.. practices.Select(p => p.Node)], RelationshipType.PartOf, cancellationToken);
        if (!editor.Access.CanEditLessonsOf(issues))
        {
            return WriteResult.Refused(Forbidden("practices", "record lessons of these practices' ateliers"));
        }

        var lesson = new Lesson(
            input.Key, input.Title.Trim(), input.Summary.Trim(), input.Scope, input.Evidence, input.LearnedOn, PublicationStatus.Draft);
        return await ApplyAsync(
            Change(editor, lesson.Key, input.IdempotencyKey) with
            {
                Created = [lesson],
                Added = [.. practices.Concat(tags).Select(r => r.From(lesson.Ref))],
            },
            cancellationToken);
    }

    /// <summary>Changes a lesson's texts, scope, evidence, date and, for each list given, its tags.</summary>
    public async Task<WriteResult> UpdateAsync(Editor? editor, UpdateLessonInput input, CancellationToken cancellationToken)
    {
        if (editor is null)
        {
            return WriteResult.Refused(WriteError.Unauthenticated);
        }

        if (LessonRules.Check(input) is { Count: > 0 } invalid)
        {
            return WriteResult.Refused(invalid);
        }

        var tags = Tags(input.Conditions, input.Levels, input.Domains);
        var lesson = await VisibleLessonAsync(editor, input.Key, cancellationToken);
        if (lesson is null)
        {
            return WriteResult.Refused(NotFound("key", input.Key));
        }

        if (await MissingAsync(tags, cancellationToken) is { Count: > 0 } missing)
        {
            return WriteResult.Refused(missing);
        }

        if (!editor.Access.CanEditLessonsOf(await TargetsAsync([lesson.Ref], RelationshipType.About, cancellationToken)))
        {
            return WriteResult.Refused(Forbidden("key", "change lessons of this lesson's ateliers"));
        }

        var replaced = tags.Select(t => t.Type).ToHashSet();
        var stored = await store.GetRelationshipsAsync([lesson.Ref], _tagTypes, Visibility.Everything, cancellationToken);
        var changed = lesson with
        {
            Title = input.Title?.Trim() ?? lesson.Title,
            Summary = input.Summary?.Trim() ?? lesson.Summary,
            Scope = input.Scope ?? lesson.Scope,
            Evidence = input.Evidence ?? lesson.Evidence,
            LearnedOn = input.LearnedOn ?? lesson.LearnedOn,
        };
        return await ApplyAsync(
            Change(editor, lesson.Key, input.IdempotencyKey) with
            {
                Updated = [changed],
                Removed = [.. stored.Where(r => r.From == lesson.Ref && replaced.Contains(r.Type))],
                Added = [.. tags.Select(t => t.From(lesson.Ref))],
            },
            cancellationToken);
    }

    /// <summary>Connects two lessons (RELATES_TO) when the caller may see both and edit either.</summary>
    public async Task<WriteResult> RelateAsync(Editor? editor, RelateLessonsInput input, CancellationToken cancellationToken)
    {
        if (editor is null)
        {
            return WriteResult.Refused(WriteError.Unauthenticated);
        }

        if (LessonRules.Check(input) is { Count: > 0 } invalid)
        {
            return WriteResult.Refused(invalid);
        }

        var from = await VisibleLessonAsync(editor, input.From, cancellationToken);
        var to = await VisibleLessonAsync(editor, input.To, cancellationToken);
        if (from is null || to is null)
        {
            return WriteResult.Refused(
            [
                .. from is null ? [NotFound("from", input.From)] : Array.Empty<WriteError>(),
                .. to is null ? [NotFound("to", input.To)] : Array.Empty<WriteError>(),
            ]);
        }

        if (!editor.Access.CanEditLessonsOf(await TargetsAsync([from.Ref, to.Ref], RelationshipType.About, cancellationToken)))
        {
            return WriteResult.Refused(Forbidden("from", "connect lessons of these ateliers"));
        }

        var related = await store.GetRelationshipsAsync([from.Ref], [RelationshipType.RelatesTo], Visibility.Everything, cancellationToken);
        var known = related.Any(r => (r.From == from.Ref && r.To == to.Ref) || (r.From == to.Ref && r.To == from.Ref));
        return await ApplyAsync(
            Change(editor, from.Key, input.IdempotencyKey) with
            {
                Added = known ? [] : [new Relationship(RelationshipType.RelatesTo, from.Ref, to.Ref)],
            },
            cancellationToken);
    }

    /// <summary>Publishes a lesson or takes it back to draft; the trekker's right (and the committee's).</summary>
    public async Task<WriteResult> PublishAsync(Editor? editor, PublishLessonInput input, CancellationToken cancellationToken)
    {
        if (editor is null)
        {
            return WriteResult.Refused(WriteError.Unauthenticated);
        }

        var lesson = await VisibleLessonAsync(editor, input.Key, cancellationToken);
        if (lesson is null)
        {
            return WriteResult.Refused(NotFound("key", input.Key));
        }

        if (!editor.Access.CanPublishLessonsOf(await TargetsAsync([lesson.Ref], RelationshipType.About, cancellationToken)))
        {
            return WriteResult.Refused(Forbidden("key", "publish lessons of this lesson's ateliers; that is the trekker's"));
        }

        var status = input.Publish ? PublicationStatus.Published : PublicationStatus.Draft;
        return await ApplyAsync(
            Change(editor, lesson.Key, input.IdempotencyKey) with { Updated = [lesson with { Status = status }] },
            cancellationToken);
    }

    private GraphChange Change(Editor editor, string lessonKey, string? idempotencyKey) =>
        new(editor.Author, time.GetUtcNow(), lessonKey, idempotencyKey);

    private async Task<WriteResult> ApplyAsync(GraphChange change, CancellationToken cancellationToken)
    {
        try
        {
            return WriteResult.Written(await writer.ApplyAsync(change, cancellationToken));
        }
        catch (GraphStoreException exception) when (exception.ErrorKind == StoreErrorKind.Conflict)
        {
            return WriteResult.Refused(new WriteError(WriteErrorCode.Conflict, "key", exception.Message));
        }
        catch (GraphStoreException exception) when (exception.ErrorKind == StoreErrorKind.NotFound)
        {
            return WriteResult.Refused(new WriteError(WriteErrorCode.NotFound, null, exception.Message));
        }
    }

    private async Task<Lesson?> VisibleLessonAsync(Editor editor, string key, CancellationToken cancellationToken) =>
        (await store.GetNodesAsync([new NodeRef(NodeKind.Lesson, key)], editor.Visibility, cancellationToken))
            .OfType<Lesson>().SingleOrDefault();

    /// <summary>The keys <paramref name="type"/> leads to from any of <paramref name="nodes"/>.</summary>
    private async Task<IReadOnlySet<string>> TargetsAsync(
        IReadOnlyCollection<NodeRef> nodes, RelationshipType type, CancellationToken cancellationToken)
    {
        var relationships = await store.GetRelationshipsAsync(nodes, [type], Visibility.Everything, cancellationToken);
        return relationships.Where(r => nodes.Contains(r.From)).Select(r => r.To.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A NOT_FOUND error for each reference the graph lacks, naming its input field.</summary>
    private async Task<IReadOnlyList<WriteError>> MissingAsync(
        IReadOnlyList<Reference> references, CancellationToken cancellationToken)
    {
        var found = (await store.GetNodesAsync([.. references.Select(r => r.Node).Distinct()], Visibility.Everything, cancellationToken))
            .Select(n => n.Ref)
            .ToHashSet();
        return [.. references.Where(r => !found.Contains(r.Node)).Select(r => NotFound(r.Field, r.Node.Key))];
    }

    private static List<Reference> Tags(
        IReadOnlyList<ConditionKey>? conditions, IReadOnlyList<LevelKey>? levels, IReadOnlyList<string>? domains) =>
    [
        .. References("conditions", NodeKind.Condition, conditions?.Select(c => EnumNames.ToConstant(c))),
        .. References("levels", NodeKind.Level, levels?.Select(l => EnumNames.ToConstant(l))),
        .. References("domains", NodeKind.Domain, domains),
    ];

    private static IEnumerable<Reference> References(string field, NodeKind kind, IEnumerable<string>? keys) =>
        (keys ?? []).Distinct(StringComparer.Ordinal).Select(key => new Reference(field, new NodeRef(kind, key)));

    private static WriteError NotFound(string field, string key) =>
        new(WriteErrorCode.NotFound, field, $"{field}: nothing with key '{key}' exists that you may see.");

    private static WriteError Forbidden(string field, string right) =>
        new(WriteErrorCode.Forbidden, field, $"You may not {right}.");

    /// <summary>A node an input field refers to, and the relationship a lesson gets to it.</summary>
    private sealed record Reference(string Field, NodeRef Node)
    {
        public RelationshipType Type => Node.Kind switch
        {
            NodeKind.Practice => RelationshipType.LearnedIn,
            NodeKind.Condition => RelationshipType.Touches,
            NodeKind.Level => RelationshipType.AtLevel,
            _ => RelationshipType.InDomain,
        };

        public Relationship From(NodeRef lesson) => new(Type, lesson, Node);
    }
}
