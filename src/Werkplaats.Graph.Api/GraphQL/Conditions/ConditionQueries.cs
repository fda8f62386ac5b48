using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Conditions;

/// <summary>The root fields for conditions.</summary>
public static class ConditionQueries
{
    public static void AddConditionQueries(this ObjectGraphType query)
    {
        query.Field<ConditionType>("condition")
            .Description("A condition by its key.")
            .Argument<NonNullGraphType<ConditionKeyType>>("key", "The condition's key.")
            .Resolve(context => context.Reader().Node<Condition>(
                new NodeRef(NodeKind.Condition, EnumNames.ToConstant(context.GetArgument<ConditionKey>("key")))));
        query.NodeListField<object?, ConditionConnectionType, ConditionFilterType, ConditionFilterInput>(
            "conditions",
            "The four conditions of Social Quality, in the source's order.",
            NodeKind.Condition,
            input => input?.ToNodeFilter() ?? NodeFilter.Everything,
            _ => NodeFilter.Everything);
    }
}
