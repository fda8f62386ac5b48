using System.Text.Json;
using Werkplaats.Graph.Api.Tests.Auth;
using Werkplaats.Graph.Api.Tests.Queries;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Mutations;

/// <summary>
/// The programme committee's writes: merging issues keeps the merged issue's practices and lessons reachable from the
/// survivor, ending and starting issues, Arena membership changing rights on the very next request, and the audit log
/// of every change. Each test writes to its own fresh database.
/// </summary>
public sealed class AgendaMutationTests
{
    private const string IssuePayload = "issue { key status endedOn mergedInto { key } mergedFrom { key } practices(first: 100) { nodes { key } } } errors { code field message }";

    [Fact]
    public async Task MergeIssues_KeepsTheMergedIssuesPracticesAndLessonsReachableFromTheSurvivor()
    {
        using var factory = new ApiFactory();
        var (merged, into) = (MutationCases.Y, Callers.X);
        var committee = factory.ClientFor(CallerKind.Committee);
        var practicesOfMerged = SeedGraph.Snapshot.Relationships
            .Where(r => r.Type == RelationshipType.PartOf && r.To.Key == merged).Select(r => r.From.Key).ToHashSet();
        var practiceOfMerged = practicesOfMerged.Order(StringComparer.Ordinal)
            .First(p => SeedGraph.Targets(new NodeRef(NodeKind.Practice, p), RelationshipType.PartOf).SetEquals([merged]));
        var draft = await committee.MutateAsync("recordLesson", "RecordLessonInput", new
        {
            key = "les-van-het-samengevoegde-atelier",
            title = "Een les",
            summary = "Nog een concept.",
            scope = "LOCAL",
            evidence = "PRACTICE",
            learnedOn = "2026-02-01",
            practices = new[] { practiceOfMerged },
            conditions = new[] { "SOCIAL_INCLUSION" },
            levels = new[] { "GROUP" },
        });
        var draftOfMerged = draft.GetProperty("lesson").GetProperty("key").GetString()!;
        var arenaOfSurvivor = factory.ClientFor(CallerKind.ArenaOfX);
        Assert.Equal(JsonValueKind.Null, (await LessonAsync(arenaOfSurvivor, draftOfMerged)).ValueKind);

        var payload = await committee.MutateAsync("mergeIssues", "MergeIssuesInput", new { merged, into, on = "2026-03-01" }, IssuePayload);
        var again = await committee.MutateAsync("mergeIssues", "MergeIssuesInput", new { merged, into, on = "2026-03-02" }, IssuePayload);

        Assert.Empty(payload.ErrorCodes());
        var survivor = payload.GetProperty("issue");
        Assert.Equal([merged], survivor.GetProperty("mergedFrom").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        Assert.Superset(practicesOfMerged, survivor.GetProperty("practices").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("key").GetString()!).ToHashSet());
        var old = (await committee.QueryDataAsync("query($key: String!) { issue(key: $key) { status endedOn mergedInto { key } } }", new { key = merged })).GetProperty("issue");
        Assert.Equal(("MERGED", "2026-03-01", into), (old.GetProperty("status").GetString(), old.GetProperty("endedOn").GetString(), old.GetProperty("mergedInto").GetProperty("key").GetString()));
        Assert.Contains(into, (await LessonAsync(arenaOfSurvivor, draftOfMerged)).GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        Assert.Equal(["CONFLICT"], again.ErrorCodes());
    }

    [Fact]
    public async Task StartAndEndIssue_PutAnIssueOnTheAgendaAndRetireIt()
    {
        using var factory = new ApiFactory();
        var committee = factory.ClientFor(CallerKind.Committee);
        var start = new { key = "digitale-inclusie", name = "Digitale inclusie", nameEn = "Digital inclusion", description = "Meedoen als alles online gaat.", startedOn = "2026-01-01" };

        var started = await committee.MutateAsync("startIssue", "StartIssueInput", start, "issue { key status name(lang: EN) createdBy { actorKey } } errors { code }");
        var early = await committee.MutateAsync("endIssue", "EndIssueInput", new { key = "digitale-inclusie", endedOn = "2025-12-31" }, IssuePayload);
        var ended = await committee.MutateAsync("endIssue", "EndIssueInput", new { key = "digitale-inclusie", endedOn = "2026-06-30" }, IssuePayload);
        var twice = await committee.MutateAsync("startIssue", "StartIssueInput", start, "issue { key } errors { code }");

        Assert.Equal(("ACTIVE", "Digital inclusion"), (started.GetProperty("issue").GetProperty("status").GetString(), started.GetProperty("issue").GetProperty("name").GetString()));
        Assert.Equal(Callers.ActorKey(CallerKind.Committee), started.GetProperty("issue").GetProperty("createdBy").GetProperty("actorKey").GetString());
        Assert.Equal(["VALIDATION"], early.ErrorCodes());
        Assert.Equal(("RETIRED", "2026-06-30"), (ended.GetProperty("issue").GetProperty("status").GetString(), ended.GetProperty("issue").GetProperty("endedOn").GetString()));
        Assert.Equal(["CONFLICT"], twice.ErrorCodes());
    }

    [Fact]
    public async Task ArenaMembership_ChangesRightsOnTheVeryNextRequest()
    {
        using var factory = new ApiFactory();
        var committee = factory.ClientFor(CallerKind.Committee);
        var partner = factory.ClientFor(CallerKind.TribuneOfX);
        var actor = Callers.ActorKey(CallerKind.TribuneOfX);
        var draft = LessonWriting.DraftOfX.Key;
        var record = LessonWriting.RecordInput("samen-koken-verbindt");

        var seenAsTribune = await LessonAsync(partner, draft);
        var refusedAsTribune = await partner.RecordAsync(record);
        var added = await committee.MutateAsync("addMembership", "AddMembershipInput", new { actor, issue = Callers.X, mode = "ARENA" }, "actor { ateliers { issue { key } mode } } errors { code }");
        var seenInArena = await LessonAsync(partner, draft);
        var recordedInArena = await partner.RecordAsync(record);
        var removed = await committee.MutateAsync("removeMembership", "RemoveMembershipInput", new { actor, issue = Callers.X }, "actor { key } errors { code }");
        var seenAfterwards = await LessonAsync(partner, draft);
        var removedTwice = await committee.MutateAsync("removeMembership", "RemoveMembershipInput", new { actor, issue = Callers.X }, "actor { key } errors { code }");

        Assert.Equal(JsonValueKind.Null, seenAsTribune.ValueKind);
        Assert.Equal(["FORBIDDEN"], refusedAsTribune.ErrorCodes());
        Assert.Contains(added.GetProperty("actor").GetProperty("ateliers").EnumerateArray(),
            a => a.GetProperty("issue").GetProperty("key").GetString() == Callers.X && a.GetProperty("mode").GetString() == "ARENA");
        Assert.NotEqual(JsonValueKind.Null, seenInArena.ValueKind);
        Assert.Empty(recordedInArena.ErrorCodes());
        Assert.Empty(removed.ErrorCodes());
        Assert.Equal(JsonValueKind.Null, seenAfterwards.ValueKind);
        Assert.Equal(["NOT_FOUND"], removedTwice.ErrorCodes());
    }

    [Fact]
    public async Task ChangeLog_ShowsTheCommitteeEveryChange_NewestFirst_InPages_AndRefusesEveryoneElse()
    {
        using var factory = new ApiFactory();
        var arena = factory.ClientFor(CallerKind.ArenaOfX);
        await arena.RecordAsync(LessonWriting.RecordInput("samen-koken-verbindt"));
        await arena.UpdateAsync(new { key = "samen-koken-verbindt", title = "Samen koken verbindt buren" });
        await factory.ClientFor(CallerKind.TrekkerOfX).PublishAsync(new { key = "samen-koken-verbindt", publish = true });
        const string Page = "query($after: String) { changeLog(first: 2, after: $after) { pageInfo { hasNextPage endCursor } "
            + "nodes { mutation at author { actorKey } created { kind key } updated { key } added { type from { key } to { key } } } } }";

        var first = (await factory.ClientFor(CallerKind.Committee).QueryDataAsync(Page)).GetProperty("changeLog");
        var second = (await factory.ClientFor(CallerKind.Committee).QueryDataAsync(Page, new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("changeLog");

        var entries = first.GetProperty("nodes").EnumerateArray().Concat(second.GetProperty("nodes").EnumerateArray()).ToList();
        Assert.Equal(["publishLesson", "updateLesson", "recordLesson"], entries.Select(e => e.GetProperty("mutation").GetString()));
        Assert.Equal(
            [Callers.ActorKey(CallerKind.TrekkerOfX), Callers.ActorKey(CallerKind.ArenaOfX), Callers.ActorKey(CallerKind.ArenaOfX)],
            entries.Select(e => e.GetProperty("author").GetProperty("actorKey").GetString()));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal("samen-koken-verbindt", entries[2].GetProperty("created")[0].GetProperty("key").GetString());
        Assert.Contains(entries[2].GetProperty("added").EnumerateArray(), a => a.GetProperty("type").GetString() == "LEARNED_IN"
            && a.GetProperty("to").GetProperty("key").GetString() == LessonWriting.PracticeOfX);
        foreach (var kind in Enum.GetValues<CallerKind>().Where(k => k != CallerKind.Committee))
        {
            var refused = await factory.ClientFor(kind).QueryAsync("{ changeLog { nodes { mutation } } }");
            Assert.Equal("FORBIDDEN", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    private static async Task<JsonElement> LessonAsync(HttpClient client, string key) =>
        (await client.QueryDataAsync("query($key: String!) { lesson(key: $key) { key issues { key } } }", new { key })).GetProperty("lesson");
}
