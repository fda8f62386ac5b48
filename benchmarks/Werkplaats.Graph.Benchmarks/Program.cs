using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Running;
using Microsoft.Extensions.DependencyInjection;
using Perfolizer.Horology;
using Werkplaats.Graph.Benchmarks;
using Werkplaats.Graph.Core.Storage;

// dotnet run -c Release --project benchmarks/Werkplaats.Graph.Benchmarks -- [--sizes 1000,10000] [BenchmarkDotNet options]
var (sizes, benchmarkArgs) = Arguments.Split(args);
StoreBenchmarks.Sizes = sizes;
foreach (var size in sizes)
{
    await BenchGraphs.EnsureAsync(size);
}

IReadOnlyList<string> available;
await using (var services = BenchGraphs.Open(sizes[0]))
{
    available = await Operations.AvailableAsync(new StoreQueries(services.GetRequiredService<IGraphStore>(), sizes[0]));
}

// Few iterations keep a run at the small sizes within minutes; the median is what the targets compare.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithIterationTime(TimeInterval.FromMilliseconds(250)))
    .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
    .AddFilter(new AnyCategoriesFilter([.. available]))
    .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared));
var summary = BenchmarkRunner.Run<StoreBenchmarks>(config, benchmarkArgs);
await Console.Out.WriteLineAsync(MedianRatios.ToMarkdown(summary));

/// <summary>Splits off <c>--sizes</c>; everything else goes to BenchmarkDotNet.</summary>
internal static class Arguments
{
    public static (IReadOnlyList<int> Sizes, string[] Others) Split(string[] args)
    {
        var index = Array.IndexOf(args, "--sizes");
        if (index < 0 || index + 1 >= args.Length)
        {
            return (StoreBenchmarks.Sizes, args);
        }

        var sizes = args[index + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
        return (sizes, [.. args[..index], .. args[(index + 2)..]]);
    }
}
