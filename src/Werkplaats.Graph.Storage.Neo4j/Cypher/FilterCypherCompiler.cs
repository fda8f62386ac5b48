using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Neo4j.Cypher;

/// <summary>
/// Compiles a <see cref="NodeFilter"/> tree into a WHERE condition over the node <c>alias</c> of one kind, with the
/// semantics of the SQLite adapter's FilterSqlCompiler. Values only ever enter as parameters.
/// </summary>
internal static class FilterCypherCompiler
{
    private enum ValueType
    {
        Text,
        Date,
        Flag,
    }

    private sealed record Property(string Name, ValueType Type, params NodeKind[] Kinds);

    private static readonly Dictionary<NodeProperty, Property> _properties = new()
    {
        [NodeProperty.Status] = new(NodeProperties.Status, ValueType.Text, NodeKind.Issue, NodeKind.Practice, NodeKind.Lesson),
        [NodeProperty.Scope] = new("scope", ValueType.Text, NodeKind.Lesson),
        [NodeProperty.Evidence] = new("evidence", ValueType.Text, NodeKind.Lesson),
        [NodeProperty.Category] = new("category", ValueType.Text, NodeKind.Actor),
        [NodeProperty.Municipality] = new("municipality", ValueType.Text, NodeKind.Practice),
        [NodeProperty.Formal] = new("formal", ValueType.Flag, NodeKind.Actor),
        [NodeProperty.OnProgrammeCommittee] = new("onProgrammeCommittee", ValueType.Flag, NodeKind.Actor),
        [NodeProperty.LearnedOn] = new(NodeProperties.SortDate, ValueType.Date, NodeKind.Lesson),
        [NodeProperty.StartedOn] = new(NodeProperties.SortDate, ValueType.Date, NodeKind.Issue, NodeKind.Practice),
    };

    public static string Compile(NodeFilter filter, NodeKind kind, string alias, CypherParameters parameters) =>
        new Compilation(kind, alias, parameters).Visit(filter);

    private sealed class Compilation(NodeKind kind, string alias, CypherParameters parameters)
    {
        private int _hops;

        public string Visit(NodeFilter filter) => filter switch
        {
            NodeFilter.AllOf all => Join(all.Filters, " AND ", "true"),
            NodeFilter.AnyOf any => Join(any.Filters, " OR ", "false"),
            NodeFilter.Negation not => $"NOT ({Visit(not.Filter)})",
            NodeFilter.KeyIn keys => $"{alias}.{NodeProperties.Key} IN {parameters.Add(keys.Keys)}",
            NodeFilter.Related related => Related(related),
            NodeFilter.PropertyIn property => Test(property.Property, ValueType.Text, name =>
                $"{alias}.{name} IN {parameters.Add(property.Values)}"),
            NodeFilter.DateBetween between => Test(between.Property, ValueType.Date, name => DateBetween(name, between)),
            NodeFilter.FlagIs flag => Test(flag.Property, ValueType.Flag, name => $"{alias}.{name} = {parameters.Add(flag.Value)}"),
            NodeFilter.TextMatches text => TextMatches(text.Text),
            _ => throw new ArgumentException($"Filter {filter.GetType().Name} is not supported.", nameof(filter)),
        };

        private string Join(IReadOnlyList<NodeFilter> filters, string separator, string whenEmpty) =>
            filters.Count == 0 ? whenEmpty : "(" + string.Join(separator, filters.Select(Visit)) + ")";

        private string Test(NodeProperty property, ValueType type, Func<string, string> condition)
        {
            var known = _properties[property];
            if (known.Type != type)
            {
                throw new ArgumentException($"{property} is not a {type.ToString().ToLowerInvariant()} property.", nameof(property));
            }

            // A property of another kind never holds (a lesson has no municipality).
            return known.Kinds.Contains(kind) ? condition(known.Name) : "false";
        }

        private string DateBetween(string name, NodeFilter.DateBetween between)
        {
            var bounds = new List<string> { $"{alias}.{name} IS NOT NULL" };
            if (between.After is { } after)
            {
                bounds.Add($"{alias}.{name} > {parameters.Add(StoredText.Of(after))}");
            }

            if (between.Before is { } before)
            {
                bounds.Add($"{alias}.{name} < {parameters.Add(StoredText.Of(before))}");
            }

            return "(" + string.Join(" AND ", bounds) + ")";
        }

        /// <summary>Every word of the text starts a word of the node's folded search words, as search matches.</summary>
        private string TextMatches(string text)
        {
            var words = SearchText.Words(text);
            if (words.Count == 0)
            {
                return "false";
            }

            return $"all(word IN {parameters.Add(words)} WHERE any(stored IN split({alias}.{NodeProperties.SearchNames} + ' ' + " +
                $"{alias}.{NodeProperties.SearchBody}, ' ') WHERE stored STARTS WITH word))";
        }

        /// <summary>An existential pattern of one to three hops, the last node's key one of the keys: bounded by construction.</summary>
        private string Related(NodeFilter.Related related)
        {
            if (related.Path.Count is < 1 or > 3)
            {
                throw new ArgumentException("A related filter follows one to three hops.", nameof(related));
            }

            var target = $"hop{_hops++}";
            var pattern = string.Concat(related.Path.Select((hop, i) =>
                Step(hop) + (i == related.Path.Count - 1 ? $"({target}:{hop.Target})" : $"(:{hop.Target})")));
            return $"EXISTS {{ MATCH ({alias}){pattern} WHERE {target}.{NodeProperties.Key} IN {parameters.Add(related.Keys)} }}";
        }
    }

    /// <summary>One relationship of a pattern, following the hop's direction.</summary>
    public static string Step(Hop hop, string variable = "")
    {
        var type = $"[{variable}:{RelationshipSchema.GraphName(hop.Type)}]";
        return hop.Direction switch
        {
            Direction.Outgoing => $"-{type}->",
            Direction.Incoming => $"<-{type}-",
            _ => $"-{type}-",
        };
    }
}
