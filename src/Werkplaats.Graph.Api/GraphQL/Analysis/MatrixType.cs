using GraphQL.Types;
using Werkplaats.Graph.Core.Analysis;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

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
