using System.Text.Json;
using Werkplaats.Graph.Api.Tests.Auth;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Mutations;

/// <summary>
/// The authorization matrix: each lesson mutation by each kind of caller, on lessons of atelier X, allowed or refused
/// exactly as the rule computed in <see cref="LessonWriting"/> says; a refused call changes nothing. Each case writes
/// to its own fresh database.
/// </summary>
public sealed class LessonMutationAccessTests
{
    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task RecordLesson(CallerKind kind)
    {
        using var factory = new ApiFactory();
        const string key = "samen-koken-verbindt";
        var before = await factory.LessonsStateAsync(key);

        var payload = await factory.ClientFor(kind).RecordAsync(LessonWriting.RecordInput(key));

        var issues = SeedGraph.Targets(new NodeRef(NodeKind.Practice, LessonWriting.PracticeOfX), RelationshipType.PartOf);
        await AssertOutcomeAsync(factory, payload, Expected(kind, maySee: true, LessonWriting.MayEdit(kind, issues)), before, key);
        if (payload.ErrorCodes().Count == 0)
        {
            Assert.Equal("DRAFT", payload.GetProperty("lesson").GetProperty("status").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task UpdateLesson(CallerKind kind)
    {
        using var factory = new ApiFactory();
        var lesson = LessonWriting.PublishedOfX;
        var before = await factory.LessonsStateAsync(lesson.Key);

        var payload = await factory.ClientFor(kind).UpdateAsync(new { key = lesson.Key, title = "Een nieuwe titel" });

        var expected = Expected(kind, Callers.MaySee(kind, lesson), LessonWriting.MayEdit(kind, Callers.IssuesOf(lesson)));
        await AssertOutcomeAsync(factory, payload, expected, before, lesson.Key);
        if (expected is null)
        {
            Assert.Equal("Een nieuwe titel", payload.GetProperty("lesson").GetProperty("title").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task RelateLessons(CallerKind kind)
    {
        using var factory = new ApiFactory();
        var (from, to) = (LessonWriting.DraftOfX, LessonWriting.PublishedElsewhere);
        var before = await factory.LessonsStateAsync(from.Key, to.Key);

        var payload = await factory.ClientFor(kind).RelateAsync(new { from = from.Key, to = to.Key });

        var issues = Callers.IssuesOf(from).Union(Callers.IssuesOf(to));
        var expected = Expected(kind, Callers.MaySee(kind, from), LessonWriting.MayEdit(kind, issues));
        await AssertOutcomeAsync(factory, payload, expected, before, from.Key, to.Key);
        if (expected is null)
        {
            Assert.Contains(to.Key, payload.GetProperty("lesson").GetProperty("relatedLessons").EnumerateArray().Select(l => l.GetProperty("key").GetString()));
        }
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task PublishLesson(CallerKind kind)
    {
        using var factory = new ApiFactory();
        var lesson = LessonWriting.DraftOfX;
        var before = await factory.LessonsStateAsync(lesson.Key);

        var payload = await factory.ClientFor(kind).PublishAsync(new { key = lesson.Key, publish = true });

        var expected = Expected(kind, Callers.MaySee(kind, lesson), LessonWriting.MayPublish(kind, Callers.IssuesOf(lesson)));
        await AssertOutcomeAsync(factory, payload, expected, before, lesson.Key);
        if (expected is null)
        {
            Assert.Equal("PUBLISHED", payload.GetProperty("lesson").GetProperty("status").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task UnpublishLesson(CallerKind kind)
    {
        using var factory = new ApiFactory();
        var lesson = LessonWriting.PublishedOfX;
        var before = await factory.LessonsStateAsync(lesson.Key);

        var payload = await factory.ClientFor(kind).PublishAsync(new { key = lesson.Key, publish = false });

        var expected = Expected(kind, maySee: true, LessonWriting.MayPublish(kind, Callers.IssuesOf(lesson)));
        await AssertOutcomeAsync(factory, payload, expected, before, lesson.Key);
        if (expected is null)
        {
            Assert.Equal("DRAFT", payload.GetProperty("lesson").GetProperty("status").GetString());
        }
    }

    [Fact]
    public void TheMatrixHasAllowedAndRefusedCallersForEveryMutation()
    {
        var x = new[] { Callers.X };

        Assert.True(LessonWriting.MayEdit(CallerKind.ArenaOfX, x));
        Assert.False(LessonWriting.MayEdit(CallerKind.TribuneOfX, x));
        Assert.False(LessonWriting.MayEdit(CallerKind.ArenaOfAnotherAtelier, x));
        Assert.False(LessonWriting.MayPublish(CallerKind.ArenaOfX, x));
        Assert.True(LessonWriting.MayPublish(CallerKind.TrekkerOfX, x));
    }

    /// <summary>The error code the rule expects, or null when the call is allowed.</summary>
    private static string? Expected(CallerKind kind, bool maySee, bool mayWrite) =>
        kind == CallerKind.Anonymous ? "UNAUTHENTICATED"
        : !maySee ? "NOT_FOUND"
        : !mayWrite ? "FORBIDDEN"
        : null;

    private static async Task AssertOutcomeAsync(
        ApiFactory factory, JsonElement payload, string? expected, string before, params string[] keys)
    {
        if (expected is null)
        {
            Assert.Empty(payload.ErrorCodes());
            Assert.NotEqual(JsonValueKind.Null, payload.GetProperty("lesson").ValueKind);
            Assert.NotEqual(before, await factory.LessonsStateAsync(keys));
        }
        else
        {
            Assert.Equal([expected], payload.ErrorCodes());
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("lesson").ValueKind);
            Assert.Equal(before, await factory.LessonsStateAsync(keys));
        }
    }
}
