using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Benchmarks;

/// <summary>
/// The store's answers to the API's questions, in process, per graph size. Each benchmark belongs to a category named
/// after its operation, so <see cref="Program"/> can leave out the operations this build does not implement yet.
/// </summary>
public class StoreBenchmarks : IDisposable
{
    private ServiceProvider? _services;
    private StoreQueries _queries = null!;

    /// <summary>The sizes to run, set by <see cref="Program"/> from <c>--sizes</c> before BenchmarkDotNet reads them.</summary>
    public static IReadOnlyList<int> Sizes { get; set; } = [1000, 10_000, 100_000, 1_000_000];

    [ParamsSource(nameof(Sizes))]
    public int Lessons { get; set; }

    [GlobalSetup]
    public void Open()
    {
        _services = BenchGraphs.Open(Lessons);
        _queries = new StoreQueries(_services.GetRequiredService<IGraphStore>(), Lessons);
    }

    [Benchmark, BenchmarkCategory(Operations.Lookup)]
    public Task Lookup() => _queries.LookupAsync();

    [Benchmark, BenchmarkCategory(Operations.AnalystFilter)]
    public Task AnalystFilter() => _queries.AnalystFilterAsync();

    [Benchmark, BenchmarkCategory(Operations.AnalystPage)]
    public Task AnalystPage() => _queries.AnalystPageAsync();

    [Benchmark, BenchmarkCategory(Operations.Matrix)]
    public Task Matrix() => _queries.MatrixAsync();

    [Benchmark, BenchmarkCategory(Operations.Neighbourhood)]
    public Task Neighbourhood() => _queries.NeighbourhoodAsync();

    [Benchmark, BenchmarkCategory(Operations.ShortestPath)]
    public Task ShortestPath() => _queries.ShortestPathAsync();

    [GlobalCleanup]
    public void Dispose()
    {
        _services?.Dispose();
        _services = null;
        GC.SuppressFinalize(this);
    }
}
