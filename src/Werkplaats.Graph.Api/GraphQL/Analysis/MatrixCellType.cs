using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Conditions;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Levels;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

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
