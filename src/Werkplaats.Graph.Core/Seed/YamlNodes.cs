using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Small facts about YAML nodes that every reader of graph-seed needs.</summary>
internal static class YamlNodes
{
    /// <summary>A plain empty value (<c>field:</c>), <c>~</c> or <c>null</c>: YAML's way of writing nothing.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>The node's shape in words, for "should be a list, not a single value".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "a single value",
    };
}
