using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// Compiles a <see cref="NodeFilter"/> tree into a WHERE condition over the Nodes row <c>alias</c> of one kind.
/// Values only ever enter as parameters.
/// </summary>
internal static class FilterSqlCompiler
{
    private enum ValueType
    {
        Text,
        Date,
        Flag,
    }

    private sealed record Column(string Name, ValueType Type, params NodeKind[] Kinds);

    private static readonly Dictionary<NodeProperty, Column> _columns = new()
    {
        [NodeProperty.Status] = new("Status", ValueType.Text, NodeKind.Issue, NodeKind.Practice, NodeKind.Lesson),
        [NodeProperty.Scope] = new("Scope", ValueType.Text, NodeKind.Lesson),
        [NodeProperty.Evidence] = new("Evidence", ValueType.Text, NodeKind.Lesson),
        [NodeProperty.Category] = new("Category", ValueType.Text, NodeKind.Actor),
        [NodeProperty.Municipality] = new("Municipality", ValueType.Text, NodeKind.Practice),
        [NodeProperty.Formal] = new("Formal", ValueType.Flag, NodeKind.Actor),
        [NodeProperty.OnProgrammeCommittee] = new("OnProgrammeCommittee", ValueType.Flag, NodeKind.Actor),
        [NodeProperty.LearnedOn] = new("SortDate", ValueType.Date, NodeKind.Lesson),
        [NodeProperty.StartedOn] = new("SortDate", ValueType.Date, NodeKind.Issue, NodeKind.Practice),
    };

    public static string Compile(NodeFilter filter, NodeKind kind, string alias, SqlBuilder sql, RelatedForms? forms = null) =>
        new Compilation(kind, alias, sql, forms ?? RelatedForms.Collected).Visit(filter);

    private sealed class Compilation(NodeKind kind, string alias, SqlBuilder sql, RelatedForms forms)
    {
        public string Visit(NodeFilter filter) => filter switch
        {
            NodeFilter.AllOf all => Join(all.Filters, " AND ", "1"),
            NodeFilter.AnyOf any => Join(any.Filters, " OR ", "0"),
            NodeFilter.Negation not => $"NOT ({Visit(not.Filter)})",
            NodeFilter.KeyIn keys => $"{alias}.Key IN ({sql.AddList(keys.Keys)})",
            NodeFilter.Related related => Related(related),
            NodeFilter.PropertyIn property => Property(property.Property, ValueType.Text, column =>
                $"{alias}.{column} IN ({sql.AddList(property.Values)})"),
            NodeFilter.DateBetween between => Property(between.Property, ValueType.Date, column =>
                DateBetween(column, between)),
            NodeFilter.FlagIs flag => Property(flag.Property, ValueType.Flag, column =>
                $"{alias}.{column} = {sql.Add(flag.Value)}"),
            NodeFilter.TextMatches text => TextMatches(text.Text),
            _ => throw new ArgumentException($"Filter {filter.GetType().Name} is not supported.", nameof(filter)),
        };

        private string Join(IReadOnlyList<NodeFilter> filters, string separator, string whenEmpty) =>
            filters.Count == 0 ? whenEmpty : "(" + string.Join(separator, filters.Select(Visit)) + ")";

        private string Property(NodeProperty property, ValueType type, Func<string, string> condition)
        {
            var column = _columns[property];
            if (column.Type != type)
            {
                throw new ArgumentException($"{property} is not a {type.ToString().ToLowerInvariant()} property.", nameof(property));
            }

            // A property of another kind never holds (a lesson has no municipality).
            return column.Kinds.Contains(kind) ? condition(column.Name) : "0";
        }

        private string DateBetween(string column, NodeFilter.DateBetween between)
        {
            var bounds = new List<string> { $"{alias}.{column} IS NOT NULL" };
            if (between.After is { } after)
            {
                bounds.Add($"{alias}.{column} > {sql.Add(StoredText.Of(after))}");
            }

            if (between.Before is { } before)
            {
                bounds.Add($"{alias}.{column} < {sql.Add(StoredText.Of(before))}");
            }

            return "(" + string.Join(" AND ", bounds) + ")";
        }

        private string TextMatches(string text) => SearchText.ToMatchQuery(text) is { } query
            ? $"{alias}.Id IN (SELECT rowid FROM {SearchIndex.Table} WHERE {SearchIndex.Table} MATCH {sql.Add(query)})"
            : "0";

        /// <summary>
        /// Probed (see <see cref="RelatedForms"/>), or collected: walks the path backwards from the target keys, so
        /// each step is an index lookup on the relationships of the nodes found so far and the cost follows the
        /// matches, not the size of the graph.
        /// </summary>
        private string Related(NodeFilter.Related related)
        {
            if (related.Path.Count is < 1 or > 3)
            {
                throw new ArgumentException("A related filter follows one to three hops.", nameof(related));
            }

            if (forms.IsProbed(related))
            {
                return OneHopSql.Probe(related, $"{alias}.Id", sql);
            }

            var ids = OneHopSql.Targets(related.Path[^1], related.Keys, sql);
            for (var i = related.Path.Count - 1; i >= 0; i--)
            {
                ids = Sources(related.Path[i], ids);
                if (i > 0)
                {
                    ids = $"SELECT Id FROM Nodes WHERE Kind = {sql.Add((int)related.Path[i - 1].Target)} AND Id IN ({ids})";
                }
            }

            return $"{alias}.Id IN ({ids})";
        }

        /// <summary>The ids of nodes from which <paramref name="hop"/> leads to one of <paramref name="targets"/>.</summary>
        private string Sources(Hop hop, string targets)
        {
            var type = sql.Add((int)hop.Type);
            var outgoing = $"SELECT FromId FROM Relationships WHERE ToId IN ({targets}) AND Type = {type}";
            var incoming = $"SELECT ToId FROM Relationships WHERE FromId IN ({targets}) AND Type = {type}";
            return hop.Direction switch
            {
                Direction.Outgoing => outgoing,
                Direction.Incoming => incoming,
                _ => $"{outgoing} UNION {incoming}",
            };
        }
    }
}
