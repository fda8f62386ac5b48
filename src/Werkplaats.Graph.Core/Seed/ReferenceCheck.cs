using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Every key an entry refers to must be defined somewhere in graph-seed.</summary>
internal static class ReferenceCheck
{
    public static void Check(IEnumerable<SeedEntry> entries, KeyIndex keys, ProblemLog log)
    {
        // Condition and level references were checked as enum values, and missing taxonomy entries are reported once
        // by TaxonomyCheck, not again at every lesson that uses them.
        var dangling = entries.SelectMany(entry => entry.Links)
            .Where(link => link.Referenced.Kind is not (NodeKind.Condition or NodeKind.Level))
            .Where(link => !keys.Contains(link.Referenced));
        foreach (var link in dangling)
        {
            log.Report(link.At, $"{link.Owner} refers to {SeedKindNames.Of(link.Referenced.Kind)} "
                + $"'{link.Referenced.Key}', which is not defined");
        }
    }
}
