using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>
/// Parses every *.yaml file below the seed folder, in ordinal path order. A malformed file is reported and skipped,
/// so the other files are still checked.
/// </summary>
internal static class SeedFileReader
{
    public static IReadOnlyList<SeedDocument> ReadAll(string directory, ProblemLog log)
    {
        if (!Directory.Exists(directory))
        {
            log.Report(SeedLocation.SeedFolder, $"the seed folder '{directory}' does not exist");
            return [];
        }

        var files = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(directory, path).Replace('\\', '/')))
            .OrderBy(file => file.Relative, StringComparer.Ordinal);

        return [.. files.SelectMany(file => Read(file.Path, file.Relative, log))];
    }

    private static List<SeedDocument> Read(string path, string relativePath, ProblemLog log)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = File.OpenText(path);
            stream.Load(reader);
        }
        catch (YamlException exception)
        {
            log.Report(
                SeedLocation.Of(relativePath, exception.Start),
                $"malformed YAML: {ReasonOf(exception)}");
            return [];
        }

        return [.. stream.Documents.Select(document => ToSeedDocument(document.RootNode, relativePath, log))
            .OfType<SeedDocument>()];
    }

    private static SeedDocument? ToSeedDocument(YamlNode root, string relativePath, ProblemLog log)
    {
        switch (root)
        {
            case YamlMappingNode mapping:
                return new SeedDocument(relativePath, mapping);
            case var empty when YamlNodes.IsNull(empty):
                return null;
            default:
                log.Report(
                    SeedLocation.Of(relativePath, root.Start),
                    $"a seed file should be a mapping of sections ({string.Join(", ", SeedSections.Names)}), "
                    + $"not {YamlNodes.Describe(root)}");
                return null;
        }
    }

    // YamlDotNet puts the position in front of its message; the problem carries the position already.
    private static string ReasonOf(YamlException exception)
    {
        var message = exception.Message;
        var separator = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && separator >= 0
            ? message[(separator + 3)..]
            : message;
    }
}
