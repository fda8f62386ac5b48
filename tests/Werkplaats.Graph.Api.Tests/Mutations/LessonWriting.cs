using System.Text.Json;
using Werkplaats.Graph.Api.Tests.Auth;
using Werkplaats.Graph.Api.Tests.Queries;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Mutations;

/// <summary>
/// The lessons and practices around atelier X that the mutation tests write to, chosen from graph-seed, and the
/// mutations as a client sends them. What each caller may do is computed here from the seed, as MODEL.md states the
/// rule, independently of the API's own implementation.
/// </summary>
public static class LessonWriting
{
    public const string LessonFields = "key title summary status conditions { key } levels { key } domains { key } "
        + "practices { key } relatedLessons { key } createdBy { actorKey name } createdAt changedBy { actorKey name } changedAt";

    public const string Payload = $"lesson {{ {LessonFields} }} errors {{ code field message }}";

    /// <summary>A practice of X and of no other atelier.</summary>
    public static string PracticeOfX => OnlyOfX(SeedGraph.Snapshot.Nodes.OfType<Practice>(), p => Issues(p.Ref, RelationshipType.PartOf)).Key;

    /// <summary>A draft of X and of no other atelier.</summary>
    public static Lesson DraftOfX => OnlyOfX(Callers.Drafts, l => Callers.IssuesOf(l));

    /// <summary>A published lesson of X and of no other atelier.</summary>
    public static Lesson PublishedOfX => OnlyOfX(SeedGraph.PublishedLessons, l => Callers.IssuesOf(l));

    /// <summary>A published lesson about no issue X is part of.</summary>
    public static Lesson PublishedElsewhere => SeedGraph.PublishedLessons
        .Where(l => Callers.IssuesOf(l).Count > 0 && !Callers.IssuesOf(l).Contains(Callers.X))
        .OrderBy(l => l.Key, StringComparer.Ordinal)
        .First();

    /// <summary>Whether a caller of this kind may record, change and connect lessons of these ateliers.</summary>
    public static bool MayEdit(CallerKind kind, IEnumerable<string> issues) =>
        kind == CallerKind.Committee || (Callers.ActorKey(kind) is { } actor && issues.Any(Callers.DraftIssues(actor).Contains));

    /// <summary>Whether a caller of this kind may publish lessons of these ateliers.</summary>
    public static bool MayPublish(CallerKind kind, IEnumerable<string> issues) =>
        kind == CallerKind.Committee
        || (Callers.ActorKey(kind) is { } actor && issues.Any(SeedGraph.Targets(new NodeRef(NodeKind.Actor, actor), RelationshipType.Leads).Contains));

    public static object RecordInput(string key, string? idempotencyKey = null) => new
    {
        key,
        title = "Samen koken verbindt",
        summary = "Wie samen kookt, leert elkaar kennen.",
        scope = "LOCAL",
        evidence = "EXPERIENCE",
        learnedOn = "2026-02-01",
        practices = new[] { PracticeOfX },
        conditions = new[] { "SOCIAL_COHESION" },
        levels = new[] { "NEIGHBOURHOOD" },
        idempotencyKey,
    };

    public static Task<JsonElement> RecordAsync(this HttpClient client, object input) =>
        client.MutateAsync("recordLesson", "RecordLessonInput", input);

    public static Task<JsonElement> UpdateAsync(this HttpClient client, object input) =>
        client.MutateAsync("updateLesson", "UpdateLessonInput", input);

    public static Task<JsonElement> RelateAsync(this HttpClient client, object input) =>
        client.MutateAsync("relateLessons", "RelateLessonsInput", input);

    public static Task<JsonElement> PublishAsync(this HttpClient client, object input) =>
        client.MutateAsync("publishLesson", "PublishLessonInput", input);

    /// <summary>The codes of a payload's errors; empty on success.</summary>
    public static List<string> ErrorCodes(this JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!)];

    /// <summary>What the committee sees of the lessons: how many, and the given ones in full (null when missing).</summary>
    public static async Task<string> LessonsStateAsync(this ApiFactory factory, params string[] keys)
    {
        var client = factory.ClientFor(CallerKind.Committee);
        var total = await client.QueryDataAsync("{ lessons(first: 0) { totalCount } }");
        var lessons = new List<string>();
        foreach (var key in keys)
        {
            var data = await client.QueryDataAsync($"query($key: String!) {{ lesson(key: $key) {{ {LessonFields} }} }}", new { key });
            lessons.Add(data.GetProperty("lesson").GetRawText());
        }

        return $"{total.GetRawText()} {string.Join(" ", lessons)}";
    }

    /// <summary>Sends <c>field(input: $input)</c> and returns its payload, selecting <paramref name="payload"/> (the lesson's by default).</summary>
    public static async Task<JsonElement> MutateAsync(this HttpClient client, string field, string inputType, object input, string payload = Payload)
    {
        var data = await client.QueryDataAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {payload} }} }}", new { input });
        return data.GetProperty(field);
    }

    private static IReadOnlySet<string> Issues(NodeRef node, RelationshipType type) => SeedGraph.Targets(node, type);

    private static T OnlyOfX<T>(IEnumerable<T> nodes, Func<T, IReadOnlySet<string>> issues)
        where T : GraphNode =>
        nodes.Where(n => issues(n).SetEquals([Callers.X])).OrderBy(n => n.Key, StringComparer.Ordinal).First();
}
