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
