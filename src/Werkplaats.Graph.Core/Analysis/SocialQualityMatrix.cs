using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Analysis;

/// <summary>How many lessons touch a condition at a level; a cell with none is a blind spot.</summary>
public sealed record MatrixCell(ConditionKey Condition, LevelKey Level, long Count)
{
    public bool IsBlindSpot => Count == 0;
}

/// <summary>
/// The 4 conditions x 8 levels of the lessons that match a filter. Totals count distinct lessons: a lesson on two
/// levels counts once in its condition's total, so a row total can be less than the sum of its cells.
/// </summary>
public sealed record Matrix(
    NodeFilter Filter,
    IReadOnlyList<MatrixCell> Cells,
    IReadOnlyDictionary<ConditionKey, long> ConditionTotals,
    IReadOnlyDictionary<LevelKey, long> LevelTotals,
    long Total);

/// <summary>Builds the social quality matrix with four store calls, whatever the size of the graph.</summary>
public sealed class SocialQualityMatrix(IGraphStore store)
{
    public async Task<Matrix> BuildAsync(NodeFilter filter, Visibility visibility, CancellationToken cancellationToken)
    {
        var cells = await store.CountPairsAsync(
            NodeKind.Lesson, filter, Hops.LessonConditions, Hops.LessonLevels, visibility, cancellationToken);
        // Pairing a hop with itself, the diagonal counts each lesson once per key it reaches: the distinct totals.
        var conditions = await store.CountPairsAsync(
            NodeKind.Lesson, filter, Hops.LessonConditions, Hops.LessonConditions, visibility, cancellationToken);
        var levels = await store.CountPairsAsync(
            NodeKind.Lesson, filter, Hops.LessonLevels, Hops.LessonLevels, visibility, cancellationToken);
        var total = await store.FindNodesAsync(
            new NodeQuery(NodeKind.Lesson, filter, NodeOrder.Key, 0, null, visibility), cancellationToken);

        var counted = cells.ToDictionary(c => (c.FirstKey, c.SecondKey), c => c.Count);
        return new Matrix(
            filter,
            [
                .. from condition in Enum.GetValues<ConditionKey>()
                   from level in Enum.GetValues<LevelKey>()
                   select new MatrixCell(
                       condition,
                       level,
                       counted.GetValueOrDefault((EnumNames.ToConstant(condition), EnumNames.ToConstant(level)))),
            ],
            Diagonal<ConditionKey>(conditions),
            Diagonal<LevelKey>(levels),
            total.TotalCount!.Value);
    }

    private static Dictionary<TKey, long> Diagonal<TKey>(IReadOnlyList<PairCount> pairs)
        where TKey : struct, Enum =>
        Enum.GetValues<TKey>().ToDictionary(
            key => key,
            key => pairs.FirstOrDefault(p => p.FirstKey == p.SecondKey && p.FirstKey == EnumNames.ToConstant(key))?.Count ?? 0);
}
