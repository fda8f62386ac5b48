using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace Werkplaats.Graph.Benchmarks;

/// <summary>
/// The table the targets are stated in: each operation's median per size, and its ratio to the median at the
/// smallest size of the same run (the baseline run side by side).
/// </summary>
public static class MedianRatios
{
    public static string ToMarkdown(Summary summary)
    {
        var medians = summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .Select(r => (
                Operation: r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                Lessons: (int)r.BenchmarkCase.Parameters["Lessons"],
                MedianMs: r.ResultStatistics!.Median / 1e6))
            .ToList();
        var text = new StringBuilder("| operation | lessons | p50 (ms) | ratio to smallest |\n| --- | ---: | ---: | ---: |\n");
        foreach (var operation in medians.GroupBy(m => m.Operation))
        {
            var baseline = operation.MinBy(m => m.Lessons).MedianMs;
            foreach (var (name, lessons, median) in operation.OrderBy(m => m.Lessons))
            {
                text.Append(CultureInfo.InvariantCulture, $"| {name} | {lessons} | {median:F3} | {median / baseline:F2} |\n");
            }
        }

        return text.ToString();
    }
}
