using System.Text.Json;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Api.Tests.Queries;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Auth;

/// <summary>
/// The draft-leak check: on every read path, each kind of caller sees a draft exactly when the rule says so
/// (computed from graph-seed in <see cref="Callers"/>).
/// </summary>
public sealed class DraftAccessTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly IReadOnlyList<Lesson> _drafts = Callers.Drafts;

    [Fact]
    public void TheSeedHasDraftsOnlyOfX_ThatTheRuleShowsToSomeCallersAndNotToOthers()
    {
        var onlyOfX = _drafts.Where(d => Callers.IssuesOf(d).SetEquals([Callers.X])).ToList();

        Assert.NotEmpty(onlyOfX);
        Assert.Empty(Callers.VisibleDrafts(CallerKind.Anonymous));
        Assert.Equal(_drafts.Count, Callers.VisibleDrafts(CallerKind.Committee).Count);
        Assert.All(onlyOfX, d => Assert.False(Callers.MaySee(CallerKind.TribuneOfX, d)));
        Assert.All(onlyOfX, d => Assert.False(Callers.MaySee(CallerKind.ArenaOfAnotherAtelier, d)));
        Assert.All(onlyOfX, d => Assert.True(Callers.MaySee(CallerKind.ArenaOfX, d)));
        Assert.All(onlyOfX, d => Assert.True(Callers.MaySee(CallerKind.TrekkerOfX, d)));
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task LessonByKey(CallerKind kind)
    {
        var client = factory.ClientFor(kind);
        var seen = new HashSet<string>();
        foreach (var draft in _drafts)
        {
            var data = await client.QueryDataAsync("query($key: String!) { lesson(key: $key) { key } }", new { key = draft.Key });
            if (data.GetProperty("lesson").ValueKind != JsonValueKind.Null)
            {
                seen.Add(draft.Key);
            }
        }

        Assert.Equal(Callers.VisibleDrafts(kind), seen);
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task NodeAndNodesById(CallerKind kind)
    {
        var client = factory.ClientFor(kind);
        var ids = _drafts.Select(d => GlobalId.Of(d.Ref)).ToList();
        var node = new HashSet<string>();
        foreach (var draft in _drafts)
        {
            var data = await client.QueryDataAsync("query($id: ID!) { node(id: $id) { ... on Lesson { key } } }", new { id = GlobalId.Of(draft.Ref) });
            if (data.GetProperty("node").ValueKind != JsonValueKind.Null)
            {
                node.Add(draft.Key);
            }
        }

        var nodes = await client.QueryDataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Lesson { key } } }", new { ids });

        Assert.Equal(Callers.VisibleDrafts(kind), node);
        Assert.Equal(Callers.VisibleDrafts(kind), Drafts(nodes.GetProperty("nodes").EnumerateArray().Where(n => n.ValueKind != JsonValueKind.Null)));
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task LessonListsAndTotalCount(CallerKind kind)
    {
        var data = await factory.ClientFor(kind).QueryDataAsync(
            """
            { lessons(first: 100) { totalCount nodes { key } }
              issues { nodes { lessons(first: 100) { nodes { key } } } }
              conditions { nodes { lessons(first: 100) { nodes { key } } } } }
            """);
        var lessons = data.GetProperty("lessons");

        Assert.Equal(Callers.VisibleDrafts(kind), Drafts(lessons.GetProperty("nodes").EnumerateArray()));
        Assert.Equal(SeedGraph.PublishedLessons.Count() + Callers.VisibleDrafts(kind).Count, lessons.GetProperty("totalCount").GetInt32());
        Assert.Equal(Callers.VisibleDrafts(kind), Drafts(NestedLessons(data, "issues")));
        Assert.Equal(Callers.VisibleDrafts(kind), Drafts(NestedLessons(data, "conditions")));
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task Search(CallerKind kind)
    {
        var client = factory.ClientFor(kind);
        var seen = new HashSet<string>();
        foreach (var draft in _drafts)
        {
            var words = draft.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 4 && w.All(char.IsLetter)).Take(3);
            var hits = await client.QueryDataAsync(
                "query($text: String!) { search(text: $text, kinds: [LESSON]) { node { ... on Lesson { key } } } }",
                new { text = string.Join(' ', words) });
            seen.UnionWith(Drafts(hits.GetProperty("search").EnumerateArray().Select(h => h.GetProperty("node"))));
        }

        Assert.Equal(Callers.VisibleDrafts(kind), seen);
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task RelatedAndDerivedLessons(CallerKind kind)
    {
        var data = await factory.ClientFor(kind).QueryDataAsync(
            "{ lessons(first: 100) { nodes { relatedLessons { key } derivedFrom { key } derivedInto { key } } } }");
        var seen = Drafts(data.GetProperty("lessons").GetProperty("nodes").EnumerateArray()
            .SelectMany(l => new[] { "relatedLessons", "derivedFrom", "derivedInto" }.SelectMany(f => l.GetProperty(f).EnumerateArray())));
        var visible = SeedGraph.Lessons.Where(l => Callers.MaySee(kind, l)).Select(l => l.Ref).ToHashSet();
        var linkedToVisible = SeedGraph.Snapshot.Relationships
            .Where(r => r.Type is RelationshipType.DerivedFrom or RelationshipType.RelatesTo && visible.Contains(r.From) && visible.Contains(r.To))
            .SelectMany(r => new[] { r.From.Key, r.To.Key });

        Assert.Equal(Callers.VisibleDrafts(kind).Intersect(linkedToVisible).ToHashSet(), seen);
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task PathsAndNeighbourhoods(CallerKind kind)
    {
        var client = factory.ClientFor(kind);
        var (paths, neighbourhood) = (new HashSet<string>(), new HashSet<string>());
        foreach (var draft in _drafts)
        {
            var condition = GlobalId.Of(FirstCondition(draft));
            var body = await client.QueryAsync(
                "query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 2) { length } }",
                new { from = condition, to = GlobalId.Of(draft.Ref) });
            if (body.GetProperty("data").ValueKind != JsonValueKind.Null && body.GetProperty("data").GetProperty("paths").GetArrayLength() > 0)
            {
                paths.Add(draft.Key);
            }

            var around = await client.QueryDataAsync(
                "query($of: ID!) { neighbourhood(of: $of, depth: 1, kinds: [LESSON], limit: 1000) { nodes { ... on Lesson { key } } } }",
                new { of = condition });
            neighbourhood.UnionWith(Drafts(around.GetProperty("neighbourhood").GetProperty("nodes").EnumerateArray()));
        }

        Assert.Equal(Callers.VisibleDrafts(kind), paths);
        Assert.Equal(Callers.VisibleDrafts(kind), neighbourhood);
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task IssueLinksEvidence(CallerKind kind)
    {
        var client = factory.ClientFor(kind);
        var seen = new HashSet<string>();
        var evidence = new HashSet<string>();
        foreach (var draft in _drafts)
        {
            var a = Callers.IssuesOf(draft).Order(StringComparer.Ordinal).First();
            var b = SeedGraph.Snapshot.Nodes.OfType<Issue>().Select(i => i.Key).Order(StringComparer.Ordinal).First(k => k != a);
            var data = await client.QueryDataAsync(
                """
                query($a: String!, $b: String!) { issueLinks(a: $a, b: $b) {
                  conditions { lessonsInA(first: 100) { nodes { key } } lessonsInB(first: 100) { nodes { key } } }
                  relatedLessons { inA { key } inB { key } } regionalLessons { key } } }
                """,
                new { a, b });
            var links = data.GetProperty("issueLinks");
            seen.UnionWith(Drafts(links.GetProperty("conditions").EnumerateArray()
                .SelectMany(c => c.GetProperty("lessonsInA").GetProperty("nodes").EnumerateArray()
                    .Concat(c.GetProperty("lessonsInB").GetProperty("nodes").EnumerateArray()))
                .Concat(links.GetProperty("relatedLessons").EnumerateArray().SelectMany(p => new[] { p.GetProperty("inA"), p.GetProperty("inB") }))
                .Concat(links.GetProperty("regionalLessons").EnumerateArray())));
            if (SharesAConditionWithPublishedLessonOf(draft, b))
            {
                evidence.Add(draft.Key);
            }
        }

        Assert.NotEmpty(evidence);
        Assert.Subset(Callers.VisibleDrafts(kind), seen);
        Assert.Superset(Callers.VisibleDrafts(kind).Intersect(evidence).ToHashSet(), seen);
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task MatrixCountsAndRegionalLessons(CallerKind kind)
    {
        var data = await factory.ClientFor(kind).QueryDataAsync(
            """
            query($x: String!) { socialQualityMatrix(where: { issues: [$x] }) { total }
              regionalLessons(first: 100) { nodes { key } } }
            """,
            new { x = Callers.X });
        var lessonsOfX = SeedGraph.Lessons.Where(l => Callers.IssuesOf(l).Contains(Callers.X)).ToList();
        var regionalDrafts = _drafts.Where(d => d.Scope != LessonScope.Local).Select(d => d.Key);

        Assert.Equal(lessonsOfX.Count(l => Callers.MaySee(kind, l)), data.GetProperty("socialQualityMatrix").GetProperty("total").GetInt32());
        Assert.Equal(
            Callers.VisibleDrafts(kind).Intersect(regionalDrafts).ToHashSet(),
            Drafts(data.GetProperty("regionalLessons").GetProperty("nodes").EnumerateArray()));
    }

    [Theory]
    [MemberData(nameof(Callers.Kinds), MemberType = typeof(Callers))]
    public async Task NeighbourhoodExport(CallerKind kind)
    {
        var client = factory.ClientFor(kind);
        var seen = new HashSet<string>();
        foreach (var draft in _drafts)
        {
            using var response = await client.GetAsync(
                $"/export/neighbourhood?of={Uri.EscapeDataString(GlobalId.Of(FirstCondition(draft)))}&depth=1&kinds=LESSON&limit=1000&format=json");
            response.EnsureSuccessStatusCode();
            seen.UnionWith(Drafts((await response.ReadJsonAsync()).GetProperty("nodes").EnumerateArray()));
        }

        Assert.Equal(Callers.VisibleDrafts(kind), seen);
    }

    /// <summary>The draft keys among lesson objects that carry a <c>key</c>.</summary>
    private static HashSet<string> Drafts(IEnumerable<JsonElement> lessons) =>
        lessons.Where(l => l.TryGetProperty("key", out _)).Select(l => l.GetProperty("key").GetString()!)
            .Intersect(_drafts.Select(d => d.Key)).ToHashSet();

    private static IEnumerable<JsonElement> NestedLessons(JsonElement data, string list) =>
        data.GetProperty(list).GetProperty("nodes").EnumerateArray()
            .SelectMany(n => n.GetProperty("lessons").GetProperty("nodes").EnumerateArray());

    private static NodeRef FirstCondition(Lesson lesson) =>
        new(NodeKind.Condition, SeedGraph.Targets(lesson.Ref, RelationshipType.Touches).Order(StringComparer.Ordinal).First());

    private static bool SharesAConditionWithPublishedLessonOf(Lesson draft, string issue) =>
        SeedGraph.PublishedLessons.Any(l => Callers.IssuesOf(l).Contains(issue)
            && SeedGraph.Targets(l.Ref, RelationshipType.Touches).Overlaps(SeedGraph.Targets(draft.Ref, RelationshipType.Touches)));
}
