namespace Werkplaats.Graph.Api.Storage;

/// <summary>Finds graph-seed whether the API runs from the repository root, its project folder or a container.</summary>
public static class SeedDirectory
{
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"The seed folder '{configured}' was not found in {Directory.GetCurrentDirectory()} or above it; set Graph:SeedDirectory.");
    }
}
