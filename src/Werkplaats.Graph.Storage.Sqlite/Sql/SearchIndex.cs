using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Storage.Sqlite.Schema;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// The FTS5 table over node texts, its rowid the node's Id. The tokenizer
/// folds case and accents, so "een" finds "één".
/// </summary>
internal static class SearchIndex
{
    public const string Table = "NodeText";

    public const string CreateSql =
        $"CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5(Names, Body, tokenize = 'unicode61 remove_diacritics 2')";

    // bm25 weights per column: a word in a name or title counts four times a word in the longer texts.
    private const string Rank = $"bm25({Table}, 4.0, 1.0)";

    private const string IndexNodes =
        $"INSERT INTO {Table} (rowid, Names, Body) SELECT Id, Name || ' ' || ifnull(NameEn, ''), " +
        "ifnull(Summary, '') || ' ' || ifnull(Description, '') || ' ' || ifnull(DescriptionEn, '') || ' ' || " +
        "ifnull(Place, '') || ' ' || ifnull(Municipality, '') FROM Nodes";

    /// <summary>Replaces the indexed text of these nodes with their current text in the Nodes table.</summary>
    public static IEnumerable<SqlStatement> Refresh(IReadOnlyCollection<long> nodeIds)
    {
        foreach (var chunk in nodeIds.Chunk(SqliteLimits.ParametersPerList))
        {
            var delete = new SqlBuilder();
            yield return delete.Build($"DELETE FROM {Table} WHERE rowid IN ({delete.AddList(chunk)})");
            var insert = new SqlBuilder();
            yield return insert.Build($"{IndexNodes} WHERE Id IN ({insert.AddList(chunk)})");
        }
    }

    /// <summary>Indexes every node; for a store whose index is empty (the bulk import).</summary>
    public static SqlStatement IndexAll() => new SqlBuilder().Build(IndexNodes);

    /// <summary>The search, best first; the last column is the bm25 rank (lower is better). Null when no word is left.</summary>
    public static SqlStatement? Search(SearchQuery query)
    {
        if (SearchText.ToMatchQuery(query.Text) is not { } match || query.First <= 0)
        {
            return null;
        }

        var sql = new SqlBuilder();
        var kinds = query.Kinds.Count == 0
            ? "1"
            : $"n.Kind IN ({sql.AddList(query.Kinds.Distinct().Select(k => (int)k))})";
        return sql.Build(
            $"SELECT {NodeRows.Select("n")}, {Rank} AS Relevance " +
            $"FROM {Table} JOIN Nodes n ON n.Id = {Table}.rowid " +
            $"WHERE {Table} MATCH {sql.Add(match)} AND {kinds} AND {VisibilitySql.Condition("n", query.Visibility, sql)} " +
            $"ORDER BY Relevance, n.Key LIMIT {sql.Add(query.First)}");
    }
}
