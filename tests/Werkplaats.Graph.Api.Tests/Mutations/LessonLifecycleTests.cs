using System.Text.Json;
using Werkplaats.Graph.Api.Tests.Auth;
using Werkplaats.Graph.Api.Tests.Queries;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Mutations;

/// <summary>
/// Moving a lesson to other practices, lifting lessons into a regional one, deleting a lesson (hidden from every read
/// path and count, for everyone) and restoring it. Each test writes to its own fresh database.
/// </summary>
public sealed class LessonLifecycleTests
{
    private const string LessonPayload = "lesson { key status scope issues { key } derivedFrom { key } } errors { code field message }";

    [Fact]
    public async Task UpdateLesson_WithOtherPractices_MovesItsAteliers_AndItsDraftLeavesTheOldArena()
    {
        using var factory = new ApiFactory();
        var draft = LessonWriting.DraftOfX;
        var practiceOfY = SeedGraph.Snapshot.Relationships
            .Where(r => r.Type == RelationshipType.PartOf && r.To.Key == MutationCases.Y)
            .Select(r => r.From.Key).Order(StringComparer.Ordinal)
            .First(p => SeedGraph.Targets(new NodeRef(NodeKind.Practice, p), RelationshipType.PartOf).SetEquals([MutationCases.Y]));
        var arenaOfX = factory.ClientFor(CallerKind.ArenaOfX);

        var refused = await arenaOfX.MutateAsync("updateLesson", "UpdateLessonInput", new { key = draft.Key, practices = new[] { practiceOfY } }, LessonPayload);
        var moved = await factory.ClientFor(CallerKind.Committee)
            .MutateAsync("updateLesson", "UpdateLessonInput", new { key = draft.Key, practices = new[] { practiceOfY } }, LessonPayload);

        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes());
        Assert.Equal([MutationCases.Y], moved.GetProperty("lesson").GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        Assert.Equal(JsonValueKind.Null, (await LessonAsync(arenaOfX, draft.Key)).ValueKind);
        Assert.NotEqual(JsonValueKind.Null, (await LessonAsync(factory.ClientFor(CallerKind.ArenaOfAnotherAtelier), draft.Key)).ValueKind);
    }

    [Fact]
    public async Task LiftLessons_ByTheTrekker_MakesADraftDerivedFromEach_AboutAllTheirAteliers()
    {
        using var factory = new ApiFactory();
        var local = MutationCases.LocalPublishedOfX;
        var elsewhere = SeedGraph.PublishedLessons
            .Where(l => l.Scope == LessonScope.Local && !Callers.IssuesOf(l).Contains(Callers.X))
            .OrderBy(l => l.Key, StringComparer.Ordinal).First();

        var payload = await factory.ClientFor(CallerKind.TrekkerOfX).MutateAsync(
            "liftLessons", "LiftLessonsInput", MutationCases.LiftInput("vertrouwen-in-de-regio", [local.Key, elsewhere.Key]), LessonPayload);

        Assert.Empty(payload.ErrorCodes());
        var lesson = payload.GetProperty("lesson");
        Assert.Equal(("DRAFT", "REGIONAL"), (lesson.GetProperty("status").GetString(), lesson.GetProperty("scope").GetString()));
        Assert.Equal([elsewhere.Key, local.Key], Keys(lesson, "derivedFrom").Order(StringComparer.Ordinal));
        Assert.Equal(Callers.IssuesOf(local).Union(Callers.IssuesOf(elsewhere)).Order(StringComparer.Ordinal), Keys(lesson, "issues").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task LiftLessons_FromADraftItCannotSee_IsNotFound_AndFromAWiderLesson_BreaksTheNarrowerRule()
    {
        using var factory = new ApiFactory();
        var trekker = factory.ClientFor(CallerKind.TrekkerOfX);
        var hiddenDraft = Callers.Drafts.First(d => !Callers.MaySee(CallerKind.TrekkerOfX, d));
        var regional = SeedGraph.PublishedLessons.First(l => l.Scope == LessonScope.Regional);
        var before = factory.StoreSnapshot();

        var hidden = await trekker.MutateAsync("liftLessons", "LiftLessonsInput",
            MutationCases.LiftInput("verborgen", [MutationCases.LocalPublishedOfX.Key, hiddenDraft.Key]), LessonPayload);
        var wider = await trekker.MutateAsync("liftLessons", "LiftLessonsInput", MutationCases.LiftInput("breder", [regional.Key]), LessonPayload);

        Assert.Equal(["NOT_FOUND"], hidden.ErrorCodes());
        Assert.Equal("from", hidden.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(["VALIDATION"], wider.ErrorCodes());
        Assert.StartsWith("from: narrower", wider.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, factory.StoreSnapshot());
    }

    [Fact]
    public async Task DeleteLesson_HidesItFromEveryReadPathAndCount_ForEveryone_UntilTheCommitteeRestoresIt()
    {
        using var factory = new ApiFactory();
        var lesson = LessonWriting.PublishedOfX;
        var word = lesson.Title.Split(' ').OrderByDescending(w => w.Length).First();
        var committee = factory.ClientFor(CallerKind.Committee);
        var before = new Dictionary<CallerKind, ReadPaths>();
        foreach (var kind in Enum.GetValues<CallerKind>())
        {
            before[kind] = await ReadPathsAsync(factory.ClientFor(kind), lesson.Key, word);
        }

        var deleted = await factory.ClientFor(CallerKind.ArenaOfX)
            .MutateAsync("deleteLesson", "DeleteLessonInput", new { key = lesson.Key }, "deletedKey errors { code }");

        Assert.Equal(lesson.Key, deleted.GetProperty("deletedKey").GetString());
        foreach (var kind in Enum.GetValues<CallerKind>())
        {
            var after = await ReadPathsAsync(factory.ClientFor(kind), lesson.Key, word);
            Assert.True(before[kind].Seen, $"{kind} saw the published lesson before");
            Assert.False(after.Seen, $"{kind} still sees the deleted lesson");
            Assert.Equal(before[kind].Total - 1, after.Total);
            Assert.Equal(before[kind].OfX - 1, after.OfX);
            Assert.Equal(before[kind].MatrixTotal - 1, after.MatrixTotal);
        }

        var list = await committee.QueryDataAsync("{ deletedLessons { totalCount nodes { key status } } }");
        Assert.Equal(lesson.Key, list.GetProperty("deletedLessons").GetProperty("nodes")[0].GetProperty("key").GetString());
        Assert.Equal("DELETED", list.GetProperty("deletedLessons").GetProperty("nodes")[0].GetProperty("status").GetString());
        var refused = await factory.ClientFor(CallerKind.TrekkerOfX).QueryAsync("{ deletedLessons { totalCount } }");
        Assert.Equal("FORBIDDEN", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var restored = await committee.MutateAsync("restoreLesson", "RestoreLessonInput", new { key = lesson.Key }, LessonPayload);
        Assert.Equal("DRAFT", restored.GetProperty("lesson").GetProperty("status").GetString());
        Assert.True((await ReadPathsAsync(factory.ClientFor(CallerKind.ArenaOfX), lesson.Key, word)).Seen);
        Assert.False((await ReadPathsAsync(factory.CreateClient(), lesson.Key, word)).Seen);
    }

    /// <summary>
    /// What a caller's read paths say about one lesson: seen anywhere (by key, in lists, search and the neighbourhood of
    /// its practice, which is what paths and exports walk too), and the counts it is in.
    /// </summary>
    private sealed record ReadPaths(bool Seen, int Total, int OfX, int MatrixTotal);

    private static async Task<ReadPaths> ReadPathsAsync(HttpClient client, string key, string word)
    {
        var practice = (await client.QueryDataAsync("query($p: String!) { practice(key: $p) { id } }", new { p = SeedGraph.Targets(new NodeRef(NodeKind.Lesson, key), RelationshipType.LearnedIn).Order(StringComparer.Ordinal).First() }))
            .GetProperty("practice").GetProperty("id").GetString();
        var data = await client.QueryDataAsync(
            "query($key: String!, $x: String!, $word: String!, $practice: ID!) { lesson(key: $key) { key } " +
            "neighbourhood(of: $practice, depth: 1, kinds: [LESSON]) { nodes { ... on Lesson { key } } } " +
            "lessons(first: 100, where: { issues: [$x] }) { totalCount nodes { key } } all: lessons(first: 0) { totalCount } " +
            "issue(key: $x) { lessons(first: 100) { nodes { key } } } " +
            "search(text: $word, kinds: [LESSON]) { node { ... on Lesson { key } } } " +
            "socialQualityMatrix(where: { issues: [$x] }) { total } }",
            new { key, x = Callers.X, word, practice });
        var listed = data.GetProperty("lessons").GetProperty("nodes").EnumerateArray()
            .Concat(data.GetProperty("issue").GetProperty("lessons").GetProperty("nodes").EnumerateArray())
            .Concat(data.GetProperty("search").EnumerateArray().Select(h => h.GetProperty("node")))
            .Concat(data.GetProperty("neighbourhood").GetProperty("nodes").EnumerateArray())
            .Any(n => n.TryGetProperty("key", out var found) && found.GetString() == key);
        return new ReadPaths(
            data.GetProperty("lesson").ValueKind != JsonValueKind.Null || listed,
            data.GetProperty("all").GetProperty("totalCount").GetInt32(),
            data.GetProperty("lessons").GetProperty("totalCount").GetInt32(),
            data.GetProperty("socialQualityMatrix").GetProperty("total").GetInt32());
    }

    private static async Task<JsonElement> LessonAsync(HttpClient client, string key) =>
        (await client.QueryDataAsync("query($key: String!) { lesson(key: $key) { key } }", new { key })).GetProperty("lesson");

    private static List<string> Keys(JsonElement node, string field) =>
        [.. node.GetProperty(field).EnumerateArray().Select(n => n.GetProperty("key").GetString()!)];
}
