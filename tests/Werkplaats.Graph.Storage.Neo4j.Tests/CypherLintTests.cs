using System.Text.RegularExpressions;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Neo4j.Cypher;

namespace Werkplaats.Graph.Storage.Neo4j.Tests;

/// <summary>
/// Every statement of the catalogue passes Neo4j's own parser and semantic analysis, as CYPHER 5 and 25; bad
/// statements linted in the same run prove the linter catches what it must. One linter run serves all the tests.
/// </summary>
public sealed partial class CypherLintTests
{
    /// <summary>Statements that must fail, each with a word of the problem the linter must report.</summary>
    private static readonly Dictionary<string, (string Text, string Expected)> _bad = new()
    {
        ["bad.undefined-variable"] = ("MATCH (n:Lesson) RETURN m", "not defined"),
        ["bad.unknown-function"] = ("MATCH (n:Lesson) RETURN nosuchfunction(n)", "nosuchfunction"),
        ["bad.nested-aggregation"] = ("MATCH (n:Lesson) RETURN count(count(n))", "aggregate"),
        ["bad.aggregation-in-where"] = ("MATCH (n:Lesson) WHERE count(n) > 1 RETURN n", "aggregating"),
        ["bad.syntax"] = ("MATCH (n:Lesson) RETUR n", "Invalid input"),
        ["bad.unknown-label"] = ("MATCH (n:Lessen) RETURN n", "Lessen"),
        ["bad.undefined-parameter"] = ("MATCH (n:Lesson) WHERE n.key = $missing RETURN n", "$missing"),
    };

    private static readonly Lazy<IReadOnlyList<CypherLint.Problem>> _problems = new(() => CypherLint.Run(
        CatalogueExamples.All().Concat(_bad.Select(b => new CypherStatement(b.Key, b.Value.Text, new Dictionary<string, object?>())))));

    public static TheoryData<string> BadStatements() => [.. _bad.Keys];

    [Fact]
    public void Catalogue_EveryStatement_PassesTheLinterAsCypher5AndCypher25()
    {
        var statements = CatalogueExamples.All().ToList();

        var problems = _problems.Value.Where(p => !_bad.ContainsKey(p.Name)).ToList();

        Assert.True(statements.Count > 100, $"Only {statements.Count} statements were exported.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(BadStatements))]
    public void Linter_BadStatement_IsCaughtAsCypher5AndCypher25(string name)
    {
        var expected = _bad[name].Expected;

        var problems = _problems.Value.Where(p => p.Name == name).ToList();

        Assert.Contains(problems, p => p.Version == "5" && p.Message.Contains(expected, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(problems, p => p.Version == "25" && p.Message.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Catalogue_EveryVariableLengthPattern_IsBounded()
    {
        var lengths = CatalogueExamples.All()
            .SelectMany(s => RelationshipLength().Matches(s.Text).Select(m => m.Groups[1].Value))
            .ToList();

        Assert.NotEmpty(lengths);
        Assert.All(lengths, length => Assert.Matches(@"^\d+\.\.\d+$", length));
    }

    [Fact]
    public void Catalogue_ValuesOfAFilter_EnterOnlyAsParameters()
    {
        const string hostile = "x' OR 1=1 //";
        var filter = new NodeFilter.AllOf([new NodeFilter.KeyIn([hostile]), new NodeFilter.PropertyIn(NodeProperty.Status, [hostile])]);
        var query = new NodeQuery(NodeKind.Lesson, filter, NodeOrder.Key, 10, new SortPosition(hostile, hostile), CatalogueExamples.ArenaOfPoverty);

        var statement = CypherCatalogue.FindPage(query);

        Assert.DoesNotContain(hostile, statement.Text, StringComparison.Ordinal);
        Assert.Contains(hostile, statement.Parameters.Values.SelectMany(v => v is IEnumerable<string> list ? list : [v as string ?? ""]));
    }

    /// <summary>The length part of a relationship pattern: <c>[:T*1..3]</c> gives <c>1..3</c>, <c>[*]</c> gives the empty text.</summary>
    [GeneratedRegex(@"\[[^\[\]]*\*([^\[\]]*)\]")]
    private static partial Regex RelationshipLength();
}
