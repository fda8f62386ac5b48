namespace Werkplaats.Graph.Core.Seed;

/// <summary>One thing wrong in graph-seed: where (file relative to the seed folder, 1-based line and column) and what.</summary>
public sealed record SeedProblem(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>graph-seed has problems; nothing was written. <see cref="Problems"/> lists every one of them.</summary>
public sealed class SeedValidationException : Exception
{
    public SeedValidationException(IReadOnlyList<SeedProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    public SeedValidationException()
        : this([])
    {
    }

    public SeedValidationException(string message)
        : base(message) => Problems = [];

    public SeedValidationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    public IReadOnlyList<SeedProblem> Problems { get; }

    private static string Describe(IReadOnlyList<SeedProblem> problems) =>
        $"graph-seed has {problems.Count} problem(s); nothing was written:{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems);
}
