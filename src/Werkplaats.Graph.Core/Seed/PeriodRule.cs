using System.Globalization;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Issues and practices run from startedOn to an optional endedOn, which cannot come first.</summary>
internal static class PeriodRule
{
    public static void Check(EntryReader entry, DateOnly? startedOn, DateOnly? endedOn)
    {
        if (endedOn < startedOn)
        {
            entry.Report("endedOn", string.Create(
                CultureInfo.InvariantCulture,
                $"{entry.Subject}: endedOn {endedOn:yyyy-MM-dd} is before startedOn {startedOn:yyyy-MM-dd}"));
        }
    }
}
