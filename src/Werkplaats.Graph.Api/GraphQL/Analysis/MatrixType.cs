using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Conditions;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Levels;
using Werkplaats.Graph.Core.Analysis;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

/// <summary>A matrix cell with the filter it was counted under, so its lessons can be listed.</summary>
public sealed record MatrixCellView(MatrixCell Cell, NodeFilter Filter)
{
    public NodeFilter LessonsFilter => new NodeFilter.AllOf(
    [
        Filter,
        new NodeFilter.Related([Hops.LessonConditions], [EnumNames.ToConstant(Cell.Condition)]),
        new NodeFilter.Related([Hops.LessonLevels], [EnumNames.ToConstant(Cell.Level)]),
    ]);
}

/// <summary>The social quality matrix.</summary>
public sealed class MatrixType : ObjectGraphType<Matrix>
{
    public MatrixType()
    {
        Name = "SocialQualityMatrix";
        Description = "How lessons spread over the 4 conditions x 8 levels of social quality: where the network learns, "
            + "and where its blind spots are. Totals count distinct lessons, so a lesson on two levels counts once in "
            + "its condition's total.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatrixCellType>>>>("cells")
            .Description("All 32 cells, condition by condition in the source's order, levels micro to macro.")
            .Resolve(context => context.Source.Cells.Select(cell => new MatrixCellView(cell, context.Source.Filter)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatrixConditionTotalType>>>>("conditionTotals")
            .Description("Per condition, the lessons that touch it (row totals).")
            .Resolve(context => context.Source.ConditionTotals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatrixLevelTotalType>>>>("levelTotals")
            .Description("Per level, the lessons about it (column totals).")
            .Resolve(context => context.Source.LevelTotals);
        Field<NonNullGraphType<IntGraphType>>("total").Description("The lessons that match the filter.")
            .Resolve(context => checked((int)context.Source.Total));
        Field<NonNullGraphType<IntGraphType>>("blindSpots").Description("How many cells have no lesson.")
            .Resolve(context => context.Source.Cells.Count(c => c.IsBlindSpot));
    }
}

/// <summary>One cell.</summary>
public sealed class MatrixCellType : ObjectGraphType<MatrixCellView>
{
    public MatrixCellType()
    {
        Name = "SocialQualityMatrixCell";
        Description = "The lessons that touch one condition at one level.";
        Field<NonNullGraphType<ConditionKeyType>>("condition").Description("The condition (row).")
            .Resolve(context => context.Source.Cell.Condition);
        Field<NonNullGraphType<LevelKeyType>>("level").Description("The level (column).")
            .Resolve(context => context.Source.Cell.Level);
        Field<NonNullGraphType<IntGraphType>>("count")
            .Description("How many lessons; always equal to `lessons(where: <the filter + this condition + this level>).totalCount`.")
            .Resolve(context => checked((int)context.Source.Cell.Count));
        Field<NonNullGraphType<BooleanGraphType>>("blindSpot").Description("True when no lesson is here.")
            .Resolve(context => context.Source.Cell.IsBlindSpot);
        this.LessonsField("The cell's lessons (drill-down), filtered further if you like.", cell => cell.LessonsFilter);
    }
}

/// <summary>A row total.</summary>
public sealed class MatrixConditionTotalType : ObjectGraphType<KeyValuePair<ConditionKey, long>>
{
    public MatrixConditionTotalType()
    {
        Name = "SocialQualityMatrixConditionTotal";
        Description = "The lessons that touch a condition, at any level.";
        Field<NonNullGraphType<ConditionKeyType>>("condition").Description("The condition.").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many lessons.").Resolve(context => checked((int)context.Source.Value));
    }
}

/// <summary>A column total.</summary>
public sealed class MatrixLevelTotalType : ObjectGraphType<KeyValuePair<LevelKey, long>>
{
    public MatrixLevelTotalType()
    {
        Name = "SocialQualityMatrixLevelTotal";
        Description = "The lessons about a level, touching any condition.";
        Field<NonNullGraphType<LevelKeyType>>("level").Description("The level.").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many lessons.").Resolve(context => checked((int)context.Source.Value));
    }
}
