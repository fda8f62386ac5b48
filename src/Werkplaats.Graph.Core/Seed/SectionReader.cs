using Werkplaats.Graph.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Everything read from graph-seed: the entries in reading order, and where each section first appears.</summary>
internal sealed record SeedContent(IReadOnlyList<SeedEntry> Entries, IReadOnlyDictionary<NodeKind, SeedLocation> FirstSections);

/// <summary>Walks the sections of every seed document and reads their entries.</summary>
internal static class SectionReader
{
    public static SeedContent Read(IReadOnlyList<SeedDocument> documents, ProblemLog log)
    {
        var entries = new List<SeedEntry>();
        var firstSections = new Dictionary<NodeKind, SeedLocation>();
        foreach (var document in documents)
        {
            foreach (var (name, value) in document.Root.Children)
            {
                var sectionName = (name as YamlScalarNode)?.Value ?? YamlNodes.Describe(name);
                if (SeedSections.Named(sectionName) is not { } section)
                {
                    log.Report(document.At(name), $"unknown section '{sectionName}'; expected one of "
                        + string.Join(", ", SeedSections.Names));
                    continue;
                }

                firstSections.TryAdd(section.Kind, document.At(name));
                entries.AddRange(ReadSection(document, section, value, log));
            }
        }

        return new SeedContent(entries, firstSections);
    }

    private static IEnumerable<SeedEntry> ReadSection(SeedDocument document, SeedSection section, YamlNode value, ProblemLog log)
    {
        if (YamlNodes.IsNull(value))
        {
            yield break;
        }

        if (value is not YamlSequenceNode sequence)
        {
            log.Report(document.At(value), $"section '{section.Name}' should be a list of entries, not {YamlNodes.Describe(value)}");
            yield break;
        }

        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
            {
                yield return section.Read(EntryReader.ForEntry(document, mapping, SeedKindNames.Of(section.Kind), log));
            }
            else
            {
                log.Report(document.At(item), $"each entry of section '{section.Name}' should be a mapping of fields, "
                    + $"not {YamlNodes.Describe(item)}");
            }
        }
    }
}
