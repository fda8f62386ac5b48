using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>A top-level section of a seed file, the kind of node its entries become, and how an entry is read.</summary>
internal sealed record SeedSection(string Name, NodeKind Kind, Func<EntryReader, SeedEntry> Read);

/// <summary>The sections graph-seed/README.md defines, in the order it lists them.</summary>
internal static class SeedSections
{
    public static readonly IReadOnlyList<SeedSection> All =
    [
        new("conditions", NodeKind.Condition, TaxonomyEntries.ReadCondition),
        new("levels", NodeKind.Level, TaxonomyEntries.ReadLevel),
        new("domains", NodeKind.Domain, TaxonomyEntries.ReadDomain),
        new("actors", NodeKind.Actor, ActorEntries.Read),
        new("issues", NodeKind.Issue, IssueEntries.Read),
        new("practices", NodeKind.Practice, PracticeEntries.Read),
        new("lessons", NodeKind.Lesson, LessonEntries.Read),
    ];

    public static IEnumerable<string> Names => All.Select(section => section.Name);

    public static SeedSection? Named(string name) => All.FirstOrDefault(section => section.Name == name);
}
