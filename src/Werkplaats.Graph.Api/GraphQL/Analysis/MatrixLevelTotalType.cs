using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Levels;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

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
