namespace Werkplaats.Graph.Benchmarks;

/// <summary>
/// The benchmarked operations, and which of them this build can run: an operation whose store method or traversal is
/// not implemented yet (it throws <see cref="NotSupportedException"/> or <see cref="NotImplementedException"/>) is
/// reported as not available instead of failing the run.
/// </summary>
public static class Operations
{
    public const string Lookup = "lookup";
    public const string AnalystFilter = "filter";
    public const string AnalystPage = "filter-page";
    public const string Matrix = "matrix";
    public const string Neighbourhood = "neighbourhood";
    public const string ShortestPath = "path";

    /// <summary>Tries every operation once; returns the categories that ran.</summary>
    public static async Task<IReadOnlyList<string>> AvailableAsync(StoreQueries queries)
    {
        var probes = new (string Name, Func<Task> Run)[]
        {
            (Lookup, queries.LookupAsync),
            (AnalystFilter, queries.AnalystFilterAsync),
            (AnalystPage, queries.AnalystPageAsync),
            (Matrix, queries.MatrixAsync),
            (Neighbourhood, queries.NeighbourhoodAsync),
            (ShortestPath, queries.ShortestPathAsync),
        };
        var available = new List<string>();
        foreach (var (name, run) in probes)
        {
            try
            {
                await run();
                available.Add(name);
            }
            catch (Exception missing) when (missing is NotSupportedException or NotImplementedException)
            {
                await Console.Out.WriteLineAsync($"{name}: not available in this build ({missing.GetType().Name}); skipped.");
            }
        }

        return available;
    }
}
