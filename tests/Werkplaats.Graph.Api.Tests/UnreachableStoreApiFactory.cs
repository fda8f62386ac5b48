namespace Werkplaats.Graph.Api.Tests;

/// <summary>The API with a database path that cannot be created (its folder would sit inside a file): the store is unreachable.</summary>
public sealed class UnreachableStoreApiFactory : ApiFactory
{
    public UnreachableStoreApiFactory() => File.WriteAllText(Path.Combine(TempDirectory, "not-a-folder"), "");

    protected override string ConnectionString => $"Data Source={Path.Combine(TempDirectory, "not-a-folder", "graph.db")}";
}
