namespace Werkplaats.Graph.Storage.Neo4j.Tests;

/// <summary>The repository's root folder, found from the test binaries upwards by its solution file.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Werkplaats.Graph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Werkplaats.Graph.sln was not found above the test binaries.");
    }
}
