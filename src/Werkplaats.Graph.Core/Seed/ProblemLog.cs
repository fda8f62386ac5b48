namespace Werkplaats.Graph.Core.Seed;

/// <summary>Collects every problem found in graph-seed, so a researcher sees them all at once.</summary>
internal sealed class ProblemLog
{
    private readonly List<SeedProblem> _problems = [];

    public bool HasProblems => _problems.Count > 0;

    public void Report(SeedLocation at, string message) =>
        _problems.Add(new SeedProblem(at.File, at.Line, at.Column, message));

    /// <summary>The problems by file, line and column, the order in which an editor walks through them.</summary>
    public IReadOnlyList<SeedProblem> InReadingOrder() =>
        [.. _problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)];
}
