using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Conditions;

/// <summary>The root fields for conditions.</summary>
public static class ConditionQueries
{
    public static void AddConditionQueries(this ObjectGraphType query)
    {
        query.NodeByEnumKeyField<ConditionType, Condition, ConditionKeyType, ConditionKey>("condition", NodeKind.Condition, "A condition by its key.");
        query.NodeListField<object?, ConditionConnectionType, ConditionFilterType, KeysFilterInput<ConditionKey>>(
            "conditions",
            "The four conditions of Social Quality, in the source's order.",
            NodeKind.Condition,
            _ => NodeFilter.Everything);
    }
}
