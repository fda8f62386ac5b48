using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>The conditions and levels are fixed: exactly the four and the eight of MODEL.md, levels ordered 1 to 8.</summary>
internal static class TaxonomyCheck
{
    public static void Check(SeedContent content, ProblemLog log)
    {
        CheckComplete<ConditionKey>(content, NodeKind.Condition, "conditions", log);
        CheckComplete<LevelKey>(content, NodeKind.Level, "levels", log);
        CheckOrdinalsUnique(content.Entries, log);
    }

    private static void CheckComplete<T>(SeedContent content, NodeKind kind, string sectionName, ProblemLog log)
        where T : struct, Enum
    {
        var defined = content.Entries.Where(entry => entry.Kind == kind)
            .Select(entry => entry.Key?.Value)
            .ToHashSet(StringComparer.Ordinal);
        var at = content.FirstSections.GetValueOrDefault(kind, SeedLocation.SeedFolder);
        var expected = EnumNames.AllConstants<T>();
        foreach (var missing in expected.Where(key => !defined.Contains(key)))
        {
            log.Report(at, $"missing {SeedKindNames.Of(kind)} '{missing}'; {sectionName} must be exactly "
                + string.Join(", ", expected));
        }
    }

    private static void CheckOrdinalsUnique(IEnumerable<SeedEntry> entries, ProblemLog log)
    {
        var firstWithOrdinal = new Dictionary<int, (Level Level, SeedLocation At)>();
        foreach (var entry in entries)
        {
            if (entry is not { Node: Level level, Key: { } key } || firstWithOrdinal.TryAdd(level.Ordinal, (level, key.At)))
            {
                continue;
            }

            var first = firstWithOrdinal[level.Ordinal];
            log.Report(key.At, $"level '{level.Key}': ordinal {level.Ordinal} is already used by level '{first.Level.Key}' "
                + $"(at {first.At})");
        }
    }
}
