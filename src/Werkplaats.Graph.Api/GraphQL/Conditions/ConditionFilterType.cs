using GraphQL.Types;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Conditions;

/// <summary>The <c>ConditionFilter</c> input as GraphQL.NET binds it.</summary>
public sealed class ConditionFilterInput
{
    public List<ConditionKey>? Keys { get; init; }

    public NodeFilter ToNodeFilter() =>
        Keys is null ? NodeFilter.Everything : new NodeFilter.KeyIn([.. Keys.Select(EnumNames.ToConstant)]);
}

/// <summary>Which conditions to list.</summary>
public sealed class ConditionFilterType : InputObjectGraphType<ConditionFilterInput>
{
    public ConditionFilterType()
    {
        Name = "ConditionFilter";
        Description = "Which conditions to return.";
        Field<ListGraphType<NonNullGraphType<ConditionKeyType>>>("keys")
            .Description("Only these conditions; an empty list matches nothing.");
    }
}
