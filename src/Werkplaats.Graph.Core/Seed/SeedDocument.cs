using YamlDotNet.RepresentationModel;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>One YAML document of a seed file: its top-level mapping of sections.</summary>
internal sealed record SeedDocument(string File, YamlMappingNode Root)
{
    public SeedLocation At(YamlNode node) => SeedLocation.Of(File, node.Start);
}
