using Werkplaats.Graph.Api.Tests.Auth;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Mutations;

/// <summary>
/// One mutation as the authorization matrix sends it: the field, its input, the payload field that holds what was
/// written, what must be in place first (done by the committee), and which error each kind of caller must get (null:
/// allowed), computed from graph-seed by MODEL.md's rules, not by the API's code.
/// </summary>
public sealed record MutationCase(
    string Field,
    string InputType,
    string Written,
    Func<string, object> Input,
    Func<CallerKind, string?> Expected,
    Func<HttpClient, Task>? Setup = null)
{
    /// <summary>The payload selection: what was written (its key) and the errors.</summary>
    public string Payload => Written == "deletedKey" ? "deletedKey errors { code field message }" : $"{Written} {{ key }} errors {{ code field message }}";
}

/// <summary>Every mutation of the API, around atelier X of <see cref="Callers"/>.</summary>
public static class MutationCases
{
    /// <summary>Another active atelier, whose Arena the "Arena partner of another atelier" is in.</summary>
    public static string Y => Callers.DraftIssues(Callers.ActorKey(CallerKind.ArenaOfAnotherAtelier)!)
        .Where(IsActive).Order(StringComparer.Ordinal).First();

    /// <summary>A published local lesson of X and of no other atelier.</summary>
    public static Lesson LocalPublishedOfX => SeedGraph.PublishedLessons
        .Where(l => l.Scope == LessonScope.Local && Callers.IssuesOf(l).SetEquals([Callers.X]))
        .OrderBy(l => l.Key, StringComparer.Ordinal).First();

    /// <summary>A tag (level, domain) or party of the practice of X, to detach.</summary>
    public static Relationship TagOfPracticeOfX => SeedGraph.Snapshot.Relationships
        .Where(r => r.From == new NodeRef(NodeKind.Practice, LessonWriting.PracticeOfX)
            && r.Type is RelationshipType.AtLevel or RelationshipType.InDomain or RelationshipType.Involves)
        .OrderBy(r => r.Type).ThenBy(r => r.To.Key, StringComparer.Ordinal).First();

    public static IReadOnlyDictionary<string, MutationCase> All { get; } = new Dictionary<string, MutationCase>
    {
        ["recordLesson"] = new("recordLesson", "RecordLessonInput", "lesson",
            id => LessonWriting.RecordInput("nieuwe-les", id),
            kind => Outcome(kind, true, LessonWriting.MayEdit(kind, PracticeIssues()))),
        ["updateLesson"] = new("updateLesson", "UpdateLessonInput", "lesson",
            id => new { key = LessonWriting.PublishedOfX.Key, title = "Een nieuwe titel", idempotencyKey = id },
            kind => Outcome(kind, true, LessonWriting.MayEdit(kind, Callers.IssuesOf(LessonWriting.PublishedOfX)))),
        ["updateDraftLesson"] = new("updateLesson", "UpdateLessonInput", "lesson",
            id => new { key = LessonWriting.DraftOfX.Key, summary = "Een nieuwe samenvatting.", idempotencyKey = id },
            kind => Outcome(kind, Callers.MaySee(kind, LessonWriting.DraftOfX), LessonWriting.MayEdit(kind, Callers.IssuesOf(LessonWriting.DraftOfX)))),
        ["relateLessons"] = new("relateLessons", "RelateLessonsInput", "lesson",
            id => new { from = LessonWriting.DraftOfX.Key, to = LessonWriting.PublishedElsewhere.Key, idempotencyKey = id },
            kind => Outcome(kind, Callers.MaySee(kind, LessonWriting.DraftOfX),
                LessonWriting.MayEdit(kind, Callers.IssuesOf(LessonWriting.DraftOfX).Union(Callers.IssuesOf(LessonWriting.PublishedElsewhere))))),
        ["publishLesson"] = new("publishLesson", "PublishLessonInput", "lesson",
            id => new { key = LessonWriting.DraftOfX.Key, publish = true, idempotencyKey = id },
            kind => Outcome(kind, Callers.MaySee(kind, LessonWriting.DraftOfX), LessonWriting.MayPublish(kind, Callers.IssuesOf(LessonWriting.DraftOfX)))),
        ["unpublishLesson"] = new("publishLesson", "PublishLessonInput", "lesson",
            id => new { key = LessonWriting.PublishedOfX.Key, publish = false, idempotencyKey = id },
            kind => Outcome(kind, true, LessonWriting.MayPublish(kind, Callers.IssuesOf(LessonWriting.PublishedOfX)))),
        ["liftLessons"] = new("liftLessons", "LiftLessonsInput", "lesson",
            id => LiftInput("regionale-les", [LocalPublishedOfX.Key], id),
            kind => Outcome(kind, true, LessonWriting.MayPublish(kind, Callers.IssuesOf(LocalPublishedOfX)))),
        ["deleteLesson"] = new("deleteLesson", "DeleteLessonInput", "deletedKey",
            id => new { key = LessonWriting.PublishedOfX.Key, idempotencyKey = id },
            kind => Outcome(kind, true, LessonWriting.MayEdit(kind, Callers.IssuesOf(LessonWriting.PublishedOfX)))),
        ["restoreLesson"] = new("restoreLesson", "RestoreLessonInput", "lesson",
            id => new { key = LessonWriting.PublishedOfX.Key, idempotencyKey = id },
            kind => Outcome(kind, true, kind == CallerKind.Committee),
            committee => committee.MutateAsync("deleteLesson", "DeleteLessonInput", new { key = LessonWriting.PublishedOfX.Key }, "deletedKey")),
        ["createPractice"] = new("createPractice", "CreatePracticeInput", "practice",
            id => PracticeInput("nieuwe-praktijk", [Callers.X], id),
            kind => Outcome(kind, true, MayEditEach(kind, [Callers.X]))),
        ["updatePractice"] = new("updatePractice", "UpdatePracticeInput", "practice",
            id => new { key = LessonWriting.PracticeOfX, name = "Een nieuwe naam", idempotencyKey = id },
            kind => Outcome(kind, true, LessonWriting.MayEdit(kind, PracticeIssues()))),
        ["attachPracticeLevel"] = new("attachPractice", "AttachPracticeInput", "practice",
            id => new { practice = LessonWriting.PracticeOfX, levels = new[] { UnusedLevel() }, idempotencyKey = id },
            kind => Outcome(kind, true, LessonWriting.MayEdit(kind, PracticeIssues()))),
        ["attachPracticeToAtelier"] = new("attachPractice", "AttachPracticeInput", "practice",
            id => new { practice = LessonWriting.PracticeOfX, issues = new[] { Y }, idempotencyKey = id },
            kind => Outcome(kind, true, LessonWriting.MayEdit(kind, PracticeIssues()) && MayEditEach(kind, [Y]))),
        ["detachPractice"] = new("detachPractice", "DetachPracticeInput", "practice",
            id => DetachTagInput(id),
            kind => Outcome(kind, true, LessonWriting.MayEdit(kind, PracticeIssues()))),
        ["startIssue"] = new("startIssue", "StartIssueInput", "issue",
            id => new { key = "nieuwe-kwestie", name = "Nieuwe kwestie", description = "Wat het atelier gaat leren.", startedOn = "2026-03-01", idempotencyKey = id },
            kind => Outcome(kind, true, kind == CallerKind.Committee)),
        ["mergeIssues"] = new("mergeIssues", "MergeIssuesInput", "issue",
            id => new { merged = Y, into = Callers.X, on = "2026-03-01", idempotencyKey = id },
            kind => Outcome(kind, true, kind == CallerKind.Committee)),
        ["endIssue"] = new("endIssue", "EndIssueInput", "issue",
            id => new { key = Callers.X, endedOn = "2026-03-01", idempotencyKey = id },
            kind => Outcome(kind, true, kind == CallerKind.Committee)),
        ["addMembership"] = new("addMembership", "AddMembershipInput", "actor",
            id => new { actor = Callers.ActorKey(CallerKind.TribuneOfX), issue = Callers.X, mode = "ARENA", since = "2026-03-01", idempotencyKey = id },
            kind => Outcome(kind, true, kind == CallerKind.Committee)),
        ["removeMembership"] = new("removeMembership", "RemoveMembershipInput", "actor",
            id => new { actor = Callers.ActorKey(CallerKind.ArenaOfX), issue = Callers.X, idempotencyKey = id },
            kind => Outcome(kind, true, kind == CallerKind.Committee)),
    };

    /// <summary>Every case with every kind of caller.</summary>
    public static TheoryData<string, CallerKind> Matrix
    {
        get
        {
            var matrix = new TheoryData<string, CallerKind>();
            foreach (var name in All.Keys)
            {
                foreach (var kind in Enum.GetValues<CallerKind>())
                {
                    matrix.Add(name, kind);
                }
            }

            return matrix;
        }
    }

    /// <summary>Every case.</summary>
    public static TheoryData<string> Names => [.. All.Keys];

    /// <summary>The error code the rule expects, or null when the call is allowed.</summary>
    public static string? Outcome(CallerKind kind, bool maySee, bool mayWrite) =>
        kind == CallerKind.Anonymous ? "UNAUTHENTICATED"
        : !maySee ? "NOT_FOUND"
        : !mayWrite ? "FORBIDDEN"
        : null;

    /// <summary>Whether a caller may edit the work of each of these ateliers (Arena or trekker of each, or the committee).</summary>
    public static bool MayEditEach(CallerKind kind, IEnumerable<string> issues) =>
        issues.All(issue => LessonWriting.MayEdit(kind, [issue]));

    public static object LiftInput(string key, string[] from, string? idempotencyKey = null, string scope = "REGIONAL") => new
    {
        key,
        title = "Vertrouwen eerst",
        summary = "Wat lokaal werkte, samengevat voor de regio.",
        scope,
        evidence = "PRACTICE",
        learnedOn = "2026-03-01",
        from,
        conditions = new[] { "SOCIAL_COHESION" },
        levels = new[] { "VILLAGE_OR_CITY" },
        idempotencyKey,
    };

    public static object PracticeInput(string key, string[] issues, string? idempotencyKey = null, string? endedOn = null) => new
    {
        key,
        name = "Samen aan tafel",
        description = "Buurtbewoners koken samen.",
        place = "Hatert",
        municipality = "Nijmegen",
        status = "RUNNING",
        startedOn = "2026-01-01",
        endedOn,
        issues,
        levels = new[] { "NEIGHBOURHOOD" },
        actors = new[] { new { actor = Callers.ActorKey(CallerKind.ArenaOfX), role = "trekker van de tafel" } },
        idempotencyKey,
    };

    private static IReadOnlySet<string> PracticeIssues() =>
        SeedGraph.Targets(new NodeRef(NodeKind.Practice, LessonWriting.PracticeOfX), RelationshipType.PartOf);

    private static bool IsActive(string issue) =>
        SeedGraph.Snapshot.Nodes.OfType<Issue>().Single(i => i.Key == issue).Status == IssueStatus.Active;

    private static string UnusedLevel() =>
        Enum.GetValues<LevelKey>().Select(EnumNames.ToConstant)
            .First(level => !SeedGraph.Targets(new NodeRef(NodeKind.Practice, LessonWriting.PracticeOfX), RelationshipType.AtLevel).Contains(level));

    private static object DetachTagInput(string? idempotencyKey)
    {
        var tag = TagOfPracticeOfX;
        return new
        {
            practice = LessonWriting.PracticeOfX,
            levels = tag.Type == RelationshipType.AtLevel ? new[] { tag.To.Key } : [],
            domains = tag.Type == RelationshipType.InDomain ? new[] { tag.To.Key } : [],
            actors = tag.Type == RelationshipType.Involves ? new[] { new { actor = tag.To.Key } } : [],
            idempotencyKey,
        };
    }
}
