using System.Text.Json;
using Werkplaats.Graph.Api.Tests.Auth;
using Werkplaats.Graph.Api.Tests.Queries;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Mutations;

/// <summary>
/// What the practice mutations promise beyond rights: what is written, rules named by field, unknown references and
/// taken keys, nothing written on a refusal, and that attaching or detaching an atelier moves the practice's lessons
/// (ABOUT) with it. Each test writes to its own fresh database.
/// </summary>
public sealed class PracticeMutationTests
{
    private const string PracticePayload = "practice { key name issues { key } levels { key } actors { actor { key } role } "
        + "lessons(first: 100) { nodes { key } } createdBy { actorKey } } errors { code field message }";

    [Fact]
    public async Task CreatePractice_WritesThePracticeWithItsAteliersTagsAndParties()
    {
        using var factory = new ApiFactory();

        var payload = await factory.ClientFor(CallerKind.ArenaOfX)
            .MutateAsync("createPractice", "CreatePracticeInput", MutationCases.PracticeInput("samen-aan-tafel", [Callers.X]), PracticePayload);

        Assert.Empty(payload.ErrorCodes());
        var practice = payload.GetProperty("practice");
        Assert.Equal([Callers.X], Keys(practice, "issues"));
        Assert.Equal(["NEIGHBOURHOOD"], Keys(practice, "levels"));
        var actor = Assert.Single(practice.GetProperty("actors").EnumerateArray());
        Assert.Equal(Callers.ActorKey(CallerKind.ArenaOfX), actor.GetProperty("actor").GetProperty("key").GetString());
        Assert.Equal("trekker van de tafel", actor.GetProperty("role").GetString());
        Assert.Equal(Callers.ActorKey(CallerKind.ArenaOfX), practice.GetProperty("createdBy").GetProperty("actorKey").GetString());
        var issue = await factory.CreateClient().QueryDataAsync(
            "query($key: String!) { issue(key: $key) { practices(first: 100) { nodes { key } } } }", new { key = Callers.X });
        Assert.Contains("samen-aan-tafel", issue.GetProperty("issue").GetProperty("practices").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task CreatePractice_BreakingRules_NamesEachFieldAndRule_AndWritesNothing()
    {
        using var factory = new ApiFactory();
        var before = factory.StoreSnapshot();

        var payload = await factory.ClientFor(CallerKind.Committee).MutateAsync(
            "createPractice", "CreatePracticeInput", MutationCases.PracticeInput("Geen Slug", [], endedOn: "2025-01-01"), PracticePayload);

        Assert.Equal(["VALIDATION", "VALIDATION", "VALIDATION"], payload.ErrorCodes());
        Assert.Equal(
            ["key: slug", "endedOn: notBefore", "issues: atLeastOne"],
            payload.GetProperty("errors").EnumerateArray().Select(e => string.Join(':', e.GetProperty("message").GetString()!.Split(':').Take(2))));
        Assert.Equal(before, factory.StoreSnapshot());
    }

    [Fact]
    public async Task CreatePractice_WithAnUnknownActorAfterValidParts_IsNotFound_AndLeavesNoTrace()
    {
        using var factory = new ApiFactory();
        var before = factory.StoreSnapshot();
        var input = new
        {
            key = "samen-aan-tafel",
            name = "Samen aan tafel",
            description = "Koken.",
            place = "Hatert",
            municipality = "Nijmegen",
            status = "PLANNED",
            startedOn = "2026-01-01",
            issues = new[] { Callers.X },
            domains = new[] { "bestaat-niet" },
            actors = new[] { new { actor = "niemand" } },
        };

        var payload = await factory.ClientFor(CallerKind.Committee).MutateAsync("createPractice", "CreatePracticeInput", input, PracticePayload);

        Assert.Equal(["NOT_FOUND", "NOT_FOUND"], payload.ErrorCodes());
        Assert.Equal(["domains", "actors"], payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal(before, factory.StoreSnapshot());
    }

    [Fact]
    public async Task CreatePractice_WithATakenKey_IsAConflict()
    {
        using var factory = new ApiFactory();

        var payload = await factory.ClientFor(CallerKind.Committee).MutateAsync(
            "createPractice", "CreatePracticeInput", MutationCases.PracticeInput(LessonWriting.PracticeOfX, [Callers.X]), PracticePayload);

        Assert.Equal(["CONFLICT"], payload.ErrorCodes());
    }

    [Fact]
    public async Task AttachingAndDetachingAnAtelier_MovesThePracticesLessonsWithIt()
    {
        using var factory = new ApiFactory();
        var committee = factory.ClientFor(CallerKind.Committee);
        var y = MutationCases.Y;
        var lessons = SeedGraph.Snapshot.Relationships
            .Where(r => r.Type == RelationshipType.LearnedIn && r.To == new NodeRef(NodeKind.Practice, LessonWriting.PracticeOfX))
            .Select(r => r.From.Key).ToList();
        Assert.NotEmpty(lessons);

        var attached = await committee.MutateAsync("attachPractice", "AttachPracticeInput", new { practice = LessonWriting.PracticeOfX, issues = new[] { y } }, PracticePayload);
        var whileAttached = await IssuesOfAsync(committee, lessons);
        var detached = await committee.MutateAsync("detachPractice", "DetachPracticeInput", new { practice = LessonWriting.PracticeOfX, issues = new[] { y } }, PracticePayload);
        var afterDetach = await IssuesOfAsync(committee, lessons);
        var last = await committee.MutateAsync("detachPractice", "DetachPracticeInput", new { practice = LessonWriting.PracticeOfX, issues = new[] { Callers.X } }, PracticePayload);

        Assert.Empty(attached.ErrorCodes());
        Assert.Empty(detached.ErrorCodes());
        foreach (var lesson in lessons)
        {
            var issues = SeedGraph.Targets(new NodeRef(NodeKind.Lesson, lesson), RelationshipType.About);
            Assert.Equal(issues.Append(y).Distinct().Order(StringComparer.Ordinal), whileAttached[lesson]);
            Assert.Equal(issues.Order(StringComparer.Ordinal), afterDetach[lesson]);
        }

        Assert.Equal(["VALIDATION"], last.ErrorCodes());
        Assert.StartsWith("issues: keepsOne", last.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAndDetach_ChangeThePracticesOwnPropertiesAndTags()
    {
        using var factory = new ApiFactory();
        var arena = factory.ClientFor(CallerKind.ArenaOfX);
        var tag = MutationCases.TagOfPracticeOfX;

        var updated = await arena.MutateAsync("updatePractice", "UpdatePracticeInput", new { key = LessonWriting.PracticeOfX, name = "  Nieuwe naam " }, PracticePayload);
        var detached = await arena.MutateAsync("detachPractice", "DetachPracticeInput", MutationCases.All["detachPractice"].Input(null!),
            "practice { levels { key } domains { key } actors { actor { key } } } errors { code }");

        Assert.Equal("Nieuwe naam", updated.GetProperty("practice").GetProperty("name").GetString());
        var practice = detached.GetProperty("practice");
        var remaining = Keys(practice, "levels").Concat(Keys(practice, "domains"))
            .Concat(practice.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("actor").GetProperty("key").GetString()!));
        Assert.DoesNotContain(tag.To.Key, remaining);
    }

    private static List<string> Keys(JsonElement node, string field) =>
        [.. node.GetProperty(field).EnumerateArray().Select(n => n.GetProperty("key").GetString()!)];

    private static async Task<Dictionary<string, List<string>>> IssuesOfAsync(HttpClient client, IEnumerable<string> lessons)
    {
        var result = new Dictionary<string, List<string>>();
        foreach (var key in lessons)
        {
            var data = await client.QueryDataAsync("query($key: String!) { lesson(key: $key) { issues { key } } }", new { key });
            result[key] = [.. Keys(data.GetProperty("lesson"), "issues").Order(StringComparer.Ordinal)];
        }

        return result;
    }
}
