using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>
/// Lifting goes one way: no lesson may, through DERIVED_FROM, end up derived from itself. A lesson that names itself
/// directly is reported by <see cref="LessonEntries"/>; this finds the longer cycles.
/// </summary>
internal sealed class DerivationCycleCheck
{
    private readonly Dictionary<string, List<SeedLink>> _derivedFrom;
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
    private readonly List<string> _path = [];
    private readonly ProblemLog _log;

    private DerivationCycleCheck(IEnumerable<SeedEntry> entries, ProblemLog log)
    {
        _log = log;
        _derivedFrom = entries.SelectMany(entry => entry.Links)
            .Where(link => link.Relationship.Type == RelationshipType.DerivedFrom)
            .Where(link => link.Relationship.From != link.Relationship.To)
            .GroupBy(link => link.Relationship.From.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
    }

    public static void Check(IEnumerable<SeedEntry> entries, ProblemLog log)
    {
        var check = new DerivationCycleCheck(entries, log);
        foreach (var lesson in check._derivedFrom.Keys.ToList())
        {
            check.Visit(lesson);
        }
    }

    // Depth first; a link back to a lesson on the current path closes a cycle, reported once at that link.
    private void Visit(string lesson)
    {
        if (_finished.Contains(lesson))
        {
            return;
        }

        _path.Add(lesson);
        foreach (var link in _derivedFrom.GetValueOrDefault(lesson, []))
        {
            var source = link.Relationship.To.Key;
            var onPath = _path.IndexOf(source);
            if (onPath >= 0)
            {
                var cycle = string.Join(" -> ", _path.Skip(onPath).Append(source));
                _log.Report(link.At, $"{link.Owner}: derivedFrom forms a cycle: {cycle}");
            }
            else
            {
                Visit(source);
            }
        }

        _path.RemoveAt(_path.Count - 1);
        _finished.Add(lesson);
    }
}
