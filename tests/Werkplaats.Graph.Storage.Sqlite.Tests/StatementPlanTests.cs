using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Werkplaats.Graph.Core.Analysis;
using Werkplaats.Graph.Core.Generation;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Traversal;
using Werkplaats.Graph.Storage.Contract;
using Werkplaats.Graph.Storage.Sqlite.Sql;
using static Werkplaats.Graph.Storage.Contract.ContractGraph;

namespace Werkplaats.Graph.Storage.Sqlite.Tests;

/// <summary>
/// No full table scan on any statement the adapter sends while answering requests: a workload of every port method,
/// filter form, order, count form, hop, analysis, traversal and write runs on a traced store, and every statement SQLite
/// reports is explained. The store holds a generated graph of 2,000 lessons besides the contract graph, so SQLite's
/// statistics, and with them its plans, are those of a real graph rather than of 40 nodes (where reading all is cheapest).
/// Import and start-up (bulk insert, search index, recounts, statistics) are linear by nature and run before recording.
/// </summary>
public sealed partial class StatementPlanTests : IAsyncLifetime
{
    private static readonly Visibility[] _visibilities = [Visibility.Public, new(false, [Poverty]), Visibility.Everything];

    private readonly SqliteStoreFolder _folder = new();
    private readonly StatementTrace _trace = new();
    private IGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await _folder.OpenStoreAsync(_trace.AddTo);
        await _store.ImportAsync(GraphGenerator.Generate(2000, seed: 3), CancellationToken.None);
        await _store.ImportAsync(Snapshot, CancellationToken.None);
    }

    public Task DisposeAsync() => _folder.DeleteAsync();

    [Fact]
    public async Task Explain_EveryStatementOfARequestWorkload_UsesIndexesAndScansNoTable()
    {
        _trace.Recording = true;
        await ReadEverythingAsync();
        await WriteAsync();
        _trace.Recording = false;

        // A filter of an empty list compiles to a constant false, which SQLite tests once before reading anything.
        var statements = _trace.Statements.Where(IsQuery).Where(s => !s.Contains(" AND 0 AND ", StringComparison.Ordinal)).Distinct().ToList();
        var scans = new List<string>();
        foreach (var statement in statements)
        {
            scans.AddRange((await PlanAsync(statement)).Where(step => FullScan().IsMatch(step)).Select(step => $"{step}  <-  {statement}"));
        }

        Assert.True(statements.Count > 150, $"Only {statements.Count} statements were traced.");
        Assert.Contains(_trace.Statements, s => s.StartsWith("-- TRIGGER LessonCounts_", StringComparison.Ordinal));
        Assert.True(scans.Count == 0, string.Join("\n", scans));
    }

    /// <summary>The statements inside the count triggers (which the trace names, not shows) reach one lesson's rows by key.</summary>
    [Fact]
    public async Task Explain_CountTriggerStatements_SeekOneLessonAndScanNoTable()
    {
        foreach (var (name, sql) in LessonCounts.Triggers())
        {
            var body = sql[(sql.IndexOf(" BEGIN ", StringComparison.Ordinal) + 7)..sql.LastIndexOf(" END", StringComparison.Ordinal)];
            foreach (var statement in body.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var plan = await PlanAsync(RowReference().Replace(statement, "1"));

                Assert.True(!plan.Any(FullScan().IsMatch) && !plan.Any(step => step.EndsWith("(Kind=?)", StringComparison.Ordinal)), $"{name}: {string.Join(" / ", plan)}");
            }
        }
    }

    private async Task ReadEverythingAsync()
    {
        var traversal = new GraphTraversal(_store);
        await _store.GetStatusAsync(CancellationToken.None);
        foreach (var visibility in _visibilities)
        {
            await _store.GetNodesAsync([.. Nodes.Select(n => n.Ref)], visibility, CancellationToken.None);
            foreach (var (kind, filter) in Filters())
            {
                foreach (var order in Enum.GetValues<NodeOrder>())
                {
                    foreach (var count in new[] { true, false })
                    {
                        var page = await _store.FindNodesAsync(new NodeQuery(kind, filter, order, 2, null, visibility, count), CancellationToken.None);
                        if (page.Items.Count > 0)
                        {
                            await _store.FindNodesAsync(new NodeQuery(kind, filter, order, 2, page.Items[^1].Position, visibility, count), CancellationToken.None);
                        }
                    }
                }
            }

            foreach (var hop in typeof(Hops).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (Hop)f.GetValue(null)!))
            {
                await _store.GetLinksAsync([.. Nodes.Select(n => n.Ref)], hop, visibility, CancellationToken.None);
            }

            await _store.SearchAsync(new SearchQuery("vertrouwen buurt", [], 10, visibility), CancellationToken.None);
            await _store.SearchAsync(new SearchQuery("eenzaamheid", [NodeKind.Lesson, NodeKind.Practice], 10, visibility), CancellationToken.None);
            await _store.GetRelationshipsAsync([.. Nodes.Select(n => n.Ref)], null, visibility, CancellationToken.None);
            await _store.GetRelationshipsAsync([Lesson("keukentafel")], [RelationshipType.About, RelationshipType.DerivedFrom], visibility, CancellationToken.None);

            foreach (var (kind, filter) in Filters().Where(f => f.Kind == NodeKind.Lesson))
            {
                await new SocialQualityMatrix(_store).BuildAsync(filter, visibility, CancellationToken.None);
            }

            await _store.CountPairsAsync(NodeKind.Lesson, NodeFilter.Everything, Hops.LessonRelated, Hops.LessonConditions, visibility, CancellationToken.None);
            await new IssueLinks(_store).FindAsync(Poverty, Loneliness, visibility, CancellationToken.None);
            await new BridgingPartners(_store).FindAsync(ParticipationMode.Arena, 2, visibility, CancellationToken.None);
            await traversal.NeighbourhoodAsync(new NeighbourhoodQuery(Lesson("keukentafel"), 3, null, null, 200, visibility), CancellationToken.None);
            await traversal.ShortestPathsAsync(new PathQuery(Lesson("keukentafel"), Lesson("dorp-zorgt"), 6, null, 5, visibility), CancellationToken.None);
            await traversal.LineageAsync("vertrouwen-nationaal", Direction.Outgoing, 5, visibility, CancellationToken.None);
            await traversal.LineageAsync("keukentafel", Direction.Incoming, 5, visibility, CancellationToken.None);
        }
    }

    private async Task WriteAsync()
    {
        var writer = (IGraphWriter)_store;
        foreach (var (_, change) in GraphStoreContract.CountedWrites())
        {
            await writer.ApplyAsync(change with { IdempotencyKey = Guid.NewGuid().ToString() }, CancellationToken.None);
        }

        var repeated = GraphStoreContract.CountedWrites().Skip(1).First().Change with { IdempotencyKey = "twice" };
        await writer.ApplyAsync(repeated, CancellationToken.None);
        await writer.ApplyAsync(repeated, CancellationToken.None);
        await writer.GetAuditAsync([.. Nodes.Select(n => n.Ref)], CancellationToken.None);
        await writer.GetResultAsync(repeated.Author.ActorKey, "twice", CancellationToken.None);
        var newest = await writer.GetChangeLogAsync(before: null, first: 2, CancellationToken.None);
        await writer.GetChangeLogAsync(newest.Entries[^1].Sequence, first: 2, CancellationToken.None);
        await _store.GetDataVersionAsync(CancellationToken.None);
    }

    /// <summary>Every filter form the API compiles to, on the kinds it is asked of.</summary>
    private static IEnumerable<(NodeKind Kind, NodeFilter Filter)> Filters()
    {
        var cohesion = new NodeFilter.Related([Hops.LessonConditions], ["SOCIAL_COHESION"]);
        var neighbourhood = new NodeFilter.Related([Hops.LessonLevels], ["NEIGHBOURHOOD"]);
        var ofPoverty = new NodeFilter.Related([Hops.LessonIssues], [Poverty]);
        yield return (NodeKind.Lesson, NodeFilter.Everything);
        yield return (NodeKind.Lesson, cohesion);
        yield return (NodeKind.Lesson, new NodeFilter.AllOf([cohesion, neighbourhood]));
        yield return (NodeKind.Lesson, new NodeFilter.AllOf([cohesion, new NodeFilter.Related([Hops.LessonLevels], ["NEIGHBOURHOOD", "GROUP"])]));
        yield return (NodeKind.Lesson, new NodeFilter.AllOf([cohesion, neighbourhood, ofPoverty]));
        yield return (NodeKind.Lesson, new NodeFilter.AllOf([ofPoverty, new NodeFilter.Related([Hops.LessonDomains], ["welzijn"])]));
        yield return (NodeKind.Lesson, new NodeFilter.AllOf([cohesion, new NodeFilter.PropertyIn(NodeProperty.Scope, ["LOCAL"])]));
        yield return (NodeKind.Lesson, new NodeFilter.Related([Hops.LessonPractices, Hops.PracticeIssues], [Loneliness]));
        yield return (NodeKind.Lesson, new NodeFilter.Related([Hops.LessonDerivedFrom, Hops.LessonIssues], [Poverty]));
        yield return (NodeKind.Lesson, new NodeFilter.Related([Hops.LessonDerivedFrom, Hops.LessonPractices, Hops.PracticeIssues], [Poverty]));
        yield return (NodeKind.Lesson, new NodeFilter.Related([Hops.LessonRelated], ["keukentafel"]));
        yield return (NodeKind.Lesson, new NodeFilter.Related([Hops.LessonDerivedInto], ["vertrouwen-regionaal"]));
        yield return (NodeKind.Lesson, new NodeFilter.KeyIn(["keukentafel", "schaamte"]));
        yield return (NodeKind.Lesson, new NodeFilter.PropertyIn(NodeProperty.Evidence, ["PRACTICE"]));
        yield return (NodeKind.Lesson, new NodeFilter.DateBetween(NodeProperty.LearnedOn, new DateOnly(2021, 1, 1), new DateOnly(2023, 1, 1)));
        yield return (NodeKind.Lesson, new NodeFilter.TextMatches("vertrouwen"));
        yield return (NodeKind.Lesson, new NodeFilter.AnyOf([cohesion, new NodeFilter.PropertyIn(NodeProperty.Scope, ["NATIONAL"])]));
        yield return (NodeKind.Lesson, new NodeFilter.Negation(cohesion));
        yield return (NodeKind.Lesson, new NodeFilter.AnyOf([]));
        yield return (NodeKind.Practice, new NodeFilter.Related([Hops.PracticeIssues], [Poverty]));
        yield return (NodeKind.Practice, new NodeFilter.PropertyIn(NodeProperty.Municipality, ["Nijmegen"]));
        yield return (NodeKind.Practice, new NodeFilter.DateBetween(NodeProperty.StartedOn, new DateOnly(2020, 1, 1), null));
        yield return (NodeKind.Issue, new NodeFilter.Related([Hops.IssueParticipants], ["han"]));
        yield return (NodeKind.Issue, new NodeFilter.PropertyIn(NodeProperty.Status, ["ACTIVE"]));
        yield return (NodeKind.Actor, new NodeFilter.AllOf([new NodeFilter.FlagIs(NodeProperty.Formal, true), new NodeFilter.PropertyIn(NodeProperty.Category, ["MUNICIPALITY"])]));
        yield return (NodeKind.Actor, new NodeFilter.FlagIs(NodeProperty.OnProgrammeCommittee, true));
        foreach (var kind in new[] { NodeKind.Condition, NodeKind.Level, NodeKind.Domain })
        {
            yield return (kind, NodeFilter.Everything);
        }
    }

    private static bool IsQuery(string statement) =>
        Regex.IsMatch(statement, @"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private async Task<List<string>> PlanAsync(string statement)
    {
        using var connection = new SqliteConnection(_folder.ConnectionString);
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + statement;
        var plan = new List<string>();
        using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    /// <summary>
    /// A SCAN of a table, with or without an index: anything but a derived table of the adapter's own (the matrix
    /// counts' two copies, the pairs' union, the lessons a write affects and their lifting lineage), a subquery, a
    /// constant row, the search index, or the pending lessons (empty outside a write, only asked whether it has a row).
    /// </summary>
    [GeneratedRegex(@"^SCAN (?!(copies|p|affected|lineage|CONSTANT ROW|LessonCountsPending)\b|\(|NodeText VIRTUAL)")]
    private static partial Regex FullScan();

    /// <summary>A trigger's reference to the row it fires for (NEW.FromId, OLD.Id): any id will do for a plan.</summary>
    [GeneratedRegex(@"\b(NEW|OLD)\.\w+")]
    private static partial Regex RowReference();
}
