using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Conditions;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

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
