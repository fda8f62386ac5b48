using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Where each key is defined, per kind; a key defined twice is reported with both places.</summary>
internal sealed class KeyIndex
{
    private readonly Dictionary<NodeRef, SeedLocation> _definitions = [];

    private KeyIndex()
    {
    }

    public static KeyIndex Build(IEnumerable<SeedEntry> entries, ProblemLog log)
    {
        var index = new KeyIndex();
        foreach (var entry in entries)
        {
            if (entry.Key is not { } key)
            {
                continue;
            }

            if (!index._definitions.TryAdd(new NodeRef(entry.Kind, key.Value), key.At))
            {
                var first = index._definitions[new NodeRef(entry.Kind, key.Value)];
                log.Report(key.At, $"duplicate {SeedKindNames.Of(entry.Kind)} key '{key.Value}' (first defined at {first})");
            }
        }

        return index;
    }

    public bool Contains(NodeRef node) => _definitions.ContainsKey(node);
}
