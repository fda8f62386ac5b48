using GraphQL.Types;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Common;

/// <summary>A filter by keys only, as GraphQL.NET binds it; enum keys are written as their constants.</summary>
public sealed class KeysFilterInput<TKey> : INodeFilterInput
{
    public List<TKey>? Keys { get; init; }

    public NodeFilter ToNodeFilter() => Keys is null
        ? NodeFilter.Everything
        : new NodeFilter.KeyIn([.. Keys.Select(key => key is Enum constant ? EnumNames.ToConstant(constant) : $"{key}")]);
}

/// <summary>The input type of a filter by keys: <c>ConditionFilter</c>, <c>LevelFilter</c>, <c>DomainFilter</c>.</summary>
public abstract class KeysFilterType<TKey, TKeyGraphType> : InputObjectGraphType<KeysFilterInput<TKey>>
    where TKeyGraphType : IGraphType
{
    protected KeysFilterType(string nodeName, string plural)
    {
        Name = $"{nodeName}Filter";
        Description = $"Which {plural} to return.";
        Field<ListGraphType<NonNullGraphType<TKeyGraphType>>>("keys")
            .Description($"Only the {plural} with these keys; an empty list matches nothing.");
    }
}
