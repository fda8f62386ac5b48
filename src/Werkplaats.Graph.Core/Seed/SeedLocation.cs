using YamlDotNet.Core;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>A place in graph-seed: file relative to the seed folder ('/' separators), 1-based line and column.</summary>
internal readonly record struct SeedLocation(string File, int Line, int Column)
{
    /// <summary>For problems that belong to the seed as a whole, such as a condition that no file defines.</summary>
    public static readonly SeedLocation SeedFolder = new(".", 0, 0);

    public static SeedLocation Of(string file, Mark mark) =>
        new(file, checked((int)mark.Line), checked((int)mark.Column));

    /// <summary>How other problems point here: <c>lessons/a.yaml:12</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>A value read from graph-seed, with where it was written.</summary>
internal readonly record struct Located<T>(T Value, SeedLocation At)
{
    public Located<TResult> Select<TResult>(Func<T, TResult> map) => new(map(Value), At);
}
