using System.Text.Json;
using Werkplaats.Graph.Api.Tests.Auth;

namespace Werkplaats.Graph.Api.Tests.Mutations;

/// <summary>
/// The authorization matrix: every mutation by every kind of caller, allowed or refused exactly as
/// <see cref="MutationCases"/> computes from graph-seed; a refused call changes nothing in the store file (every row of
/// every table is compared), an allowed one changes it. And for every mutation: a retry with the same idempotency key
/// writes nothing the second time. Each case writes to its own fresh database.
/// </summary>
public sealed class MutationAccessTests
{
    [Theory]
    [MemberData(nameof(MutationCases.Matrix), MemberType = typeof(MutationCases))]
    public async Task Mutation_ByEachKindOfCaller_IsAllowedOrRefusedByTheRule(string name, CallerKind kind)
    {
        var mutation = MutationCases.All[name];
        using var factory = new ApiFactory();
        if (mutation.Setup is { } setup)
        {
            await setup(factory.ClientFor(CallerKind.Committee));
        }

        var before = factory.StoreSnapshot();

        var payload = await factory.ClientFor(kind).MutateAsync(mutation.Field, mutation.InputType, mutation.Input(null!), mutation.Payload);

        var expected = mutation.Expected(kind);
        if (expected is null)
        {
            Assert.Empty(payload.ErrorCodes());
            Assert.NotEqual(JsonValueKind.Null, payload.GetProperty(mutation.Written).ValueKind);
            Assert.NotEqual(before, factory.StoreSnapshot());
        }
        else
        {
            Assert.Equal([expected], payload.ErrorCodes());
            Assert.Equal(JsonValueKind.Null, payload.GetProperty(mutation.Written).ValueKind);
            Assert.Equal(before, factory.StoreSnapshot());
        }
    }

    [Theory]
    [MemberData(nameof(MutationCases.Names), MemberType = typeof(MutationCases))]
    public async Task Mutation_RetriedWithTheSameIdempotencyKey_WritesNothingTheSecondTime(string name)
    {
        var mutation = MutationCases.All[name];
        using var factory = new ApiFactory();
        var committee = factory.ClientFor(CallerKind.Committee);
        if (mutation.Setup is { } setup)
        {
            await setup(committee);
        }

        var first = await committee.MutateAsync(mutation.Field, mutation.InputType, mutation.Input($"retry-{name}"), mutation.Payload);
        var afterFirst = factory.StoreSnapshot();
        var second = await committee.MutateAsync(mutation.Field, mutation.InputType, mutation.Input($"retry-{name}"), mutation.Payload);

        Assert.Empty(first.ErrorCodes());
        Assert.Equal(afterFirst, factory.StoreSnapshot());
        Assert.Equal(first.GetProperty(mutation.Written).GetRawText(), second.GetProperty(mutation.Written).GetRawText());
    }

    [Fact]
    public async Task OneIdempotencyKey_SentToTwoMutations_RunsBoth()
    {
        using var factory = new ApiFactory();
        var committee = factory.ClientFor(CallerKind.Committee);

        var recorded = await committee.RecordAsync(LessonWriting.RecordInput("samen-koken-verbindt", "same-key"));
        var published = await committee.PublishAsync(new { key = "samen-koken-verbindt", publish = true, idempotencyKey = "same-key" });

        Assert.Equal("DRAFT", recorded.GetProperty("lesson").GetProperty("status").GetString());
        Assert.Equal("PUBLISHED", published.GetProperty("lesson").GetProperty("status").GetString());
    }

    [Fact]
    public void TheMatrixHasAllowedAndRefusedCallersForEveryMutation()
    {
        foreach (var (name, mutation) in MutationCases.All)
        {
            var outcomes = Enum.GetValues<CallerKind>().Select(mutation.Expected).ToList();
            Assert.True(outcomes.Contains(null), $"{name}: nobody may");
            Assert.True(outcomes.Skip(1).Any(o => o is not null), $"{name}: every signed-in caller may");
            Assert.Null(mutation.Expected(CallerKind.Committee));
        }

        Assert.Null(MutationCases.All["recordLesson"].Expected(CallerKind.ArenaOfX));
        Assert.Equal("FORBIDDEN", MutationCases.All["liftLessons"].Expected(CallerKind.ArenaOfX));
        Assert.Null(MutationCases.All["liftLessons"].Expected(CallerKind.TrekkerOfX));
        Assert.Equal("NOT_FOUND", MutationCases.All["updateDraftLesson"].Expected(CallerKind.TribuneOfX));
    }
}
