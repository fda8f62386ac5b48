using System.Text.Json;
using Werkplaats.Graph.Api.Tests.Auth;
using Werkplaats.Graph.Api.Tests.Queries;

namespace Werkplaats.Graph.Api.Tests.Mutations;

/// <summary>
/// What the lesson mutations check and promise beyond rights: rules named by field, unknown references, taken keys,
/// idempotency, all-or-nothing, the audit trail, and that a recorded draft stays in its Arena.
/// </summary>
public sealed class LessonMutationRulesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private HttpClient Arena => factory.ClientFor(CallerKind.ArenaOfX);

    [Fact]
    public async Task RecordLesson_WithoutConditionsAndLevels_NamesEachFieldAndRule()
    {
        const string key = "zonder-tags";
        var before = await factory.LessonsStateAsync(key);
        var input = new
        {
            key,
            title = " ",
            summary = "Iets.",
            scope = "LOCAL",
            evidence = "PRACTICE",
            learnedOn = "2026-01-01",
            practices = new[] { LessonWriting.PracticeOfX },
            conditions = Array.Empty<string>(),
            levels = Array.Empty<string>()
        };

        var payload = await Arena.RecordAsync(input);

        var errors = payload.GetProperty("errors").EnumerateArray()
            .Select(e => (Code: e.GetProperty("code").GetString(), Field: e.GetProperty("field").GetString(), Message: e.GetProperty("message").GetString()!))
            .ToList();
        Assert.All(errors, e => Assert.Equal("VALIDATION", e.Code));
        Assert.Equal(["title", "conditions", "levels"], errors.Select(e => e.Field));
        Assert.StartsWith("title: required", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("conditions: atLeastOne", errors[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("levels: atLeastOne", errors[2].Message, StringComparison.Ordinal);
        Assert.Equal(before, await factory.LessonsStateAsync(key));
    }

    [Fact]
    public async Task RecordLesson_WithAKeyThatIsNoSlug_IsRefusedByTheSlugRule()
    {
        var payload = await Arena.RecordAsync(LessonWriting.RecordInput("Geen Slug"));

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("key", error.GetProperty("field").GetString());
        Assert.StartsWith("key: slug", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordLesson_WithAnUnknownPractice_IsNotFound_NamingTheField()
    {
        const string key = "onbekende-praktijk";
        var before = await factory.LessonsStateAsync(key);
        var input = new
        {
            key,
            title = "T",
            summary = "S",
            scope = "LOCAL",
            evidence = "PRACTICE",
            learnedOn = "2026-01-01",
            practices = new[] { "bestaat-niet" },
            conditions = new[] { "SOCIAL_COHESION" },
            levels = new[] { "GROUP" }
        };

        var payload = await Arena.RecordAsync(input);

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal("practices", error.GetProperty("field").GetString());
        Assert.Equal(before, await factory.LessonsStateAsync(key));
    }

    [Fact]
    public async Task RecordLesson_WithAKeyThatIsTaken_IsAConflict()
    {
        var taken = LessonWriting.PublishedOfX.Key;
        var before = await factory.LessonsStateAsync(taken);

        var payload = await Arena.RecordAsync(LessonWriting.RecordInput(taken));

        Assert.Equal(["CONFLICT"], payload.ErrorCodes());
        Assert.Equal(before, await factory.LessonsStateAsync(taken));
    }

    [Fact]
    public async Task RecordLesson_TwiceWithOneIdempotencyKey_CreatesOneLessonAndReturnsTheSamePayload()
    {
        const string key = "een-keer-schrijven";
        var (total, _) = await CountAsync();

        var first = await Arena.RecordAsync(LessonWriting.RecordInput(key, "retry-1"));
        var second = await Arena.RecordAsync(LessonWriting.RecordInput(key, "retry-1"));

        Assert.Empty(first.ErrorCodes());
        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.Equal(total + 1, (await CountAsync()).Total);
    }

    [Fact]
    public async Task RelateLessons_ToAMissingLesson_WritesNothing()
    {
        var from = LessonWriting.DraftOfX.Key;
        var before = await factory.LessonsStateAsync(from);

        var payload = await Arena.RelateAsync(new { from, to = "bestaat-niet", idempotencyKey = "relate-missing" });

        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal("to", error.GetProperty("field").GetString());
        Assert.Equal(before, await factory.LessonsStateAsync(from));
    }

    [Fact]
    public async Task RelateLessons_ToItself_BreaksTheDistinctRule()
    {
        var key = LessonWriting.DraftOfX.Key;

        var payload = await Arena.RelateAsync(new { from = key, to = key });

        Assert.Equal(["VALIDATION"], payload.ErrorCodes());
        Assert.StartsWith("to: distinct", payload.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordAndUpdate_SetWhoCreatedAndChangedTheLessonAndWhen()
    {
        const string key = "wie-schreef-dit";
        var arena = Callers.ActorKey(CallerKind.ArenaOfX)!;
        var trekker = Callers.ActorKey(CallerKind.TrekkerOfX)!;
        var named = factory.CreateClient();
        named.DefaultRequestHeaders.Authorization = new("Bearer", factory.TokenFor(arena, "Anna de Vries"));
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);

        var recorded = (await named.RecordAsync(LessonWriting.RecordInput(key))).GetProperty("lesson");
        var updated = (await factory.ClientFor(CallerKind.TrekkerOfX).UpdateAsync(new { key, levels = new[] { "GROUP" } })).GetProperty("lesson");

        Assert.Equal(arena, recorded.GetProperty("createdBy").GetProperty("actorKey").GetString());
        Assert.Equal("Anna de Vries", recorded.GetProperty("createdBy").GetProperty("name").GetString());
        Assert.Equal(recorded.GetProperty("createdAt").GetString(), recorded.GetProperty("changedAt").GetString());
        Assert.InRange(recorded.GetProperty("createdAt").GetDateTimeOffset(), start, DateTimeOffset.UtcNow);
        Assert.Equal(arena, updated.GetProperty("createdBy").GetProperty("actorKey").GetString());
        Assert.Equal(trekker, updated.GetProperty("changedBy").GetProperty("actorKey").GetString());
        Assert.True(updated.GetProperty("changedAt").GetDateTimeOffset() >= recorded.GetProperty("changedAt").GetDateTimeOffset());
        Assert.Equal(["GROUP"], updated.GetProperty("levels").Keys());
        Assert.Equal(["SOCIAL_COHESION"], updated.GetProperty("conditions").Keys());
    }

    [Fact]
    public async Task ARecordedDraft_IsVisibleToItsArena_AndInvisibleToThePublic()
    {
        const string key = "alleen-voor-de-arena";
        await Arena.RecordAsync(LessonWriting.RecordInput(key));
        const string query = "query($key: String!, $practice: String!) { lesson(key: $key) { key } "
            + "lessons(first: 100, where: { practices: [$practice] }) { nodes { key } } }";
        var variables = new { key, practice = LessonWriting.PracticeOfX };

        var arena = await Arena.QueryDataAsync(query, variables);
        var tribune = await factory.ClientFor(CallerKind.TribuneOfX).QueryDataAsync(query, variables);
        var anonymous = await factory.ClientFor(CallerKind.Anonymous).QueryDataAsync(query, variables);

        Assert.Equal(key, arena.GetProperty("lesson").GetProperty("key").GetString());
        Assert.Contains(key, arena.GetProperty("lessons").GetProperty("nodes").Keys());
        foreach (var outsider in new[] { tribune, anonymous })
        {
            Assert.Equal(JsonValueKind.Null, outsider.GetProperty("lesson").ValueKind);
            Assert.DoesNotContain(key, outsider.GetProperty("lessons").GetProperty("nodes").Keys());
        }
    }

    private async Task<(int Total, string Raw)> CountAsync()
    {
        var data = await factory.ClientFor(CallerKind.Committee).QueryDataAsync("{ lessons(first: 0) { totalCount } }");
        return (data.GetProperty("lessons").GetProperty("totalCount").GetInt32(), data.GetRawText());
    }
}
