namespace Werkplaats.Graph.Testing;

/// <summary>The folder holding Werkplaats.Graph.sln, found upwards from the test binaries.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> _path = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Werkplaats.Graph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Werkplaats.Graph.sln above {AppContext.BaseDirectory}.");
    });

    public static string Path => _path.Value;
}
